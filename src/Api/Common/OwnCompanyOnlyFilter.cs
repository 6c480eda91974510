namespace Platform.Api.Common;

/// <summary>
/// Admin API routes name the company (<c>/api/companies/{companyKey}/…</c>). A session of another company gets 404,
/// exactly as if the company did not exist, so that company keys cannot be probed.
/// </summary>
public sealed class OwnCompanyOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var account = CurrentAccount.From(context.HttpContext.User);
        var companyKey = context.HttpContext.GetRouteValue("companyKey") as string;
        return account is not null && companyKey is not null && account.BelongsTo(companyKey)
            ? await next(context)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"No company '{companyKey}' is visible to this account.");
    }
}
