using Mediator;
using Platform.Api.Common;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations;

public static class IntegrationEndpoints
{
    public static void MapIntegrationEndpoints(this IEndpointRouteBuilder app)
    {
        // Every route names the company; a session of another company gets 404, as if the company did not exist.
        var company = app.MapGroup("/api/companies/{companyKey}")
            .WithTags("Integrations")
            .RequireAuthorization(CurrentAccount.AdminPolicy)
            .AddEndpointFilter<OwnCompanyOnlyFilter>();

        company.MapGet("/integrations", async (string companyKey, HttpContext http, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ListIntegrationsQuery(account.CompanyId), ct);
            return result.ToHttp(list => Results.Ok(list.Select(view => IntegrationResponse.From(companyKey, view, urls))));
        })
        .WithSummary("The company's identity-provider integrations.");

        company.MapGet("/integrations/okta", async (string companyKey, HttpContext http, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new GetIntegrationQuery(account.CompanyId, IntegrationKind.Okta), ct);
            return result.ToHttp(view => Results.Ok(IntegrationResponse.From(companyKey, view, urls)));
        })
        .WithSummary("The Okta integration: Base URLs, masked token, when it was created, rotated and last used.");

        company.MapPost("/integrations/okta", async (string companyKey, HttpContext http, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new AddIntegrationCommand(account.CompanyId, IntegrationKind.Okta, account.Actor), ct);
            return result.ToHttp(issued => Results.Created(
                $"/api/companies/{companyKey}/integrations/okta",
                IntegrationResponse.From(companyKey, issued.Integration, urls, issued.Token)));
        })
        .WithSummary("Add the Okta integration. The answer holds the API token; it is never shown again.");

        company.MapPost("/integrations/okta/reset-token", async (string companyKey, HttpContext http, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ResetIntegrationTokenCommand(account.CompanyId, IntegrationKind.Okta, account.Actor), ct);
            return result.ToHttp(issued => Results.Ok(IntegrationResponse.From(companyKey, issued.Integration, urls, issued.Token)));
        })
        .WithSummary("Issue a new API token. The old token stops working at once; no users, groups or history are erased.");

        company.MapGet("/integrations/okta/requests", async (
            HttpContext http, ISender sender, string? status, string? method, string? resource, string? from, string? to, int? skip, int? take, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var filter = new ScimRequestListParameters(status, method, resource, from, to).ToFilter();
            if (!filter.IsSuccess) return ResultHttp.Problem(filter.Errors);
            var result = await sender.Send(new ListScimRequestsQuery(account.CompanyId, filter.Value, skip ?? 0, take ?? 50), ct);
            return result.ToHttp(Results.Ok);
        })
        .WithSummary("The SCIM request log: every request Okta (or another SCIM client) made, newest first, without bodies.")
        .WithDescription("Filters: status (2xx, 4xx, 5xx), method, resource (Users, Groups, Other), from and to (ISO 8601). Paged with skip and take (at most 200).");

        company.MapGet("/integrations/okta/requests/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new GetScimRequestQuery(account.CompanyId, new ScimRequestId(id)), ct);
            return result.ToHttp(Results.Ok);
        })
        .WithSummary("One SCIM request with its exchange: the request and response bodies, passwords removed.");
    }
}
