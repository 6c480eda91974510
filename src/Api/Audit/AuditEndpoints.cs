using Mediator;
using Platform.Api.Common;
using Platform.Application.Audit;

namespace Platform.Api.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        // Admins of the named company only; a session of another company gets 404, as if the company did not exist.
        var company = app.MapGroup("/api/companies/{companyKey}")
            .WithTags("Activity")
            .RequireAuthorization(CurrentAccount.AdminPolicy)
            .AddEndpointFilter<OwnCompanyOnlyFilter>();

        company.MapGet("/audit", async (HttpContext http, ISender sender, string? action, int? skip, int? take, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new ListAuditEntriesQuery(account.CompanyId, action, skip ?? 0, take ?? 50), ct);
            return result.ToHttp(Results.Ok);
        })
        .WithSummary("The company's activity log, newest first.");
    }
}
