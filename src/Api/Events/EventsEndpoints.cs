using System.Globalization;
using Mediator;
using Platform.Api.Common;
using Platform.Application.Events;
using Platform.Domain.Tenancy;

namespace Platform.Api.Events;

public static class EventsEndpoints
{
    public static void MapEventsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/companies/{companyKey}/events", ReadEventsAsync)
            .WithTags("Events")
            .WithSummary("The company's directory changes, in order, after a cursor (docs/events.md).")
            .WithDescription("Authorization: Bearer <API key>, or an admin's console session. after: the 'next' of an earlier answer (leave out to start "
                + "from the first event). limit: 1 to 1000, default 100. A client that stores 'next' and reads on from it sees every event exactly once.");

        // Admins of the named company only; a session of another company gets 404, as if the company did not exist.
        var keys = app.MapGroup("/api/companies/{companyKey}/api-keys")
            .WithTags("Events")
            .RequireAuthorization(CurrentAccount.AdminPolicy)
            .AddEndpointFilter<OwnCompanyOnlyFilter>();

        keys.MapGet(string.Empty, async (HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ListApiKeysQuery(account.CompanyId), ct);
            return result.ToHttp(list => Results.Ok(list.Select(ApiKeyResponse.From)));
        })
        .WithSummary("The company's API keys (masked), newest first, revoked ones included.");

        keys.MapPost(string.Empty, async (string companyKey, CreateApiKeyRequest? body, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new CreateApiKeyCommand(account.CompanyId, body?.Name ?? string.Empty, account.Actor), ct);
            return result.ToHttp(issued => Results.Created(
                $"/api/companies/{companyKey}/api-keys/{issued.ApiKey.Id}", ApiKeyResponse.From(issued.ApiKey, issued.Key)));
        })
        .WithSummary("Create an API key for a service: it reads this company's events and nothing else. The answer holds the key; it is never shown again.");

        keys.MapPost("/{id}/revoke", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new RevokeApiKeyCommand(account.CompanyId, id, account.Actor), ct);
            return result.ToHttp(view => Results.Ok(ApiKeyResponse.From(view)));
        })
        .WithSummary("Revoke an API key: it stops working at once.");

        app.MapWebhooksEndpoints();
    }

    private static async Task<IResult> ReadEventsAsync(string companyKey, string? after, string? limit, HttpContext http, ISender sender, RateBudgets budgets, CancellationToken ct)
    {
        var companyId = await AuthenticateAsync(companyKey, http, sender, budgets, ct);
        if (companyId.Refusal is { } refusal) return refusal;

        if (budgets.TryTake(RateBudgetKind.Events, companyId.Value) is { } retryAfter)
        {
            return TooManyRequests.For(http, retryAfter, "This company's events budget is spent for the moment; retry after the time in Retry-After.");
        }

        int? parsedLimit = null;
        if (!string.IsNullOrEmpty(limit))
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return ResultHttp.Problem(EventsErrors.InvalidLimit(ReadChangeEventsQuery.MaxLimit));
            parsedLimit = value;
        }

        var result = await sender.Send(new ReadChangeEventsQuery(companyId.Value, after, parsedLimit), ct);
        return result.ToHttp(page => Results.Ok(new
        {
            events = page.Events.Select(ChangeEventDocument.Element),
            next = page.Next,
            hasMore = page.HasMore,
        }));
    }

    /// <summary>
    /// A bearer API key when the request carries an Authorization header (an admin's cookie is then not looked at),
    /// otherwise the console session of an admin of this company. Wrong keys are counted per client address: past the
    /// budget, 429 instead of 401.
    /// </summary>
    private static async Task<(CompanyId Value, IResult? Refusal)> AuthenticateAsync(string companyKey, HttpContext http, ISender sender, RateBudgets budgets, CancellationToken ct)
    {
        if (http.Request.Headers.Authorization.Count > 0)
        {
            var authenticated = await sender.Send(new AuthenticateApiKeyQuery(companyKey, BearerKey(http.Request)), ct);
            if (authenticated.IsSuccess) return (authenticated.Value, null);

            if (budgets.TryTake(RateBudgetKind.ApiKeyWrongPerAddress, RateBudgets.AddressOf(http)) is { } wait)
            {
                return (default, TooManyRequests.For(http, wait, "Too many requests with a key that was not accepted; wait before trying again."));
            }

            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"events\"";
            return (default, ResultHttp.Problem(authenticated.Error));
        }

        var account = CurrentAccount.From(http.User);
        if (account is { IsAdmin: true } && account.BelongsTo(companyKey)) return (account.CompanyId, null);

        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"events\"";
        return (default, ResultHttp.Problem(EventsErrors.InvalidApiKey));
    }

    private static string? BearerKey(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count != 1) return null;
        var value = headers[0]?.Trim();
        if (value is null || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        value = value[7..].Trim();
        return value.Length is > 0 and <= 512 ? value : null;
    }
}
