using Mediator;
using Platform.Api.Common;
using Platform.Application.Integrations;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Authenticates every request under a SCIM base URL. Okta's Header Auth sends <c>Authorization: &lt;token&gt;</c>;
/// OAuth-style clients and Entra send <c>Authorization: Bearer &lt;token&gt;</c>. Both are accepted, the scheme in any
/// case, whitespace trimmed. Every failure gets the same 401 in the caller's SCIM version.
/// </summary>
public sealed class ScimAuthenticationFilter(IScimDialect dialect) : IEndpointFilter
{
    private const string ClientItemKey = "platform.scim.client";

    public static ScimClient ClientOf(HttpContext http) =>
        TryClientOf(http) ?? throw new InvalidOperationException("The SCIM endpoint ran without authentication.");

    /// <summary>The authenticated client, or <c>null</c> when the request was refused or never reached authentication.</summary>
    public static ScimClient? TryClientOf(HttpContext http) => http.Items[ClientItemKey] as ScimClient;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var companyKey = http.GetRouteValue("companyKey") as string ?? string.Empty;
        var sender = http.RequestServices.GetRequiredService<ISender>();
        var result = await sender.Send(new AuthenticateScimClientQuery(companyKey, PresentedToken(http.Request)), http.RequestAborted);
        var budgets = http.RequestServices.GetRequiredService<RateBudgets>();
        if (!result.IsSuccess)
        {
            // The token is always checked first, so a flood of wrong ones never slows the right one; it only turns
            // the flood's own answers into 429s once its address or the company has had its share of refusals.
            var refusedCompany = http.RequestServices.GetRequiredService<ScimRefusalNote>().CompanyId;
            var wait = budgets.TryTake(RateBudgetKind.ScimWrongTokenPerAddress, RateBudgets.AddressOf(http));
            if (refusedCompany is { } companyId) wait = budgets.TryTake(RateBudgetKind.ScimWrongTokenPerCompany, companyId) ?? wait;
            if (wait is { } seconds) return TooManyRequests.For(http, seconds, "Too many requests with a token that was not accepted; wait before trying again.");

            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"scim\"";
            return ScimResponses.Error(dialect, StatusCodes.Status401Unauthorized, result.Error.Message);
        }

        if (budgets.TryTake(RateBudgetKind.Scim, result.Value.CompanyId) is { } retryAfter)
        {
            return TooManyRequests.For(http, retryAfter, "This company's request budget is spent for the moment; retry after the time in Retry-After.");
        }

        http.Items[ClientItemKey] = result.Value;
        return await next(context);
    }

    internal static string? PresentedToken(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count != 1) return null;

        var value = headers[0]?.Trim();
        if (string.IsNullOrEmpty(value) || value.Equals("Bearer", StringComparison.OrdinalIgnoreCase)) return null;
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Bearer\t", StringComparison.OrdinalIgnoreCase))
        {
            value = value[7..].Trim();
        }

        return value.Length is > 0 and <= 512 ? value : null;
    }
}
