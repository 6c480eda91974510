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
    }
}
