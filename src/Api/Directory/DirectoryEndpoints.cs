using Mediator;
using Platform.Api.Common;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Groups;

namespace Platform.Api.Directory;

/// <summary>
/// The directory as admins see it over the JSON API: provisioned users and groups (read), and groups created ahead of
/// Okta, which Okta's Push Groups then links to by name.
/// </summary>
public static class DirectoryEndpoints
{
    private const int DefaultTake = 50;

    public static void MapDirectoryEndpoints(this IEndpointRouteBuilder app)
    {
        var company = app.MapGroup("/api/companies/{companyKey}")
            .WithTags("Directory")
            .RequireAuthorization()
            .AddEndpointFilter<OwnCompanyOnlyFilter>();

        company.MapGet("/users", async (HttpContext http, ISender sender, int? skip, int? take, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var (from, size) = Page(skip, take);
            var result = await sender.Send(new ListUsersQuery(account.CompanyId, UserFilter.All, from, size), ct);
            return result.ToHttp(page => Results.Ok(new ListResponse<UserSummary>(
                page.Users.Select(u => new UserSummary(u.Id, u.Profile.UserName, u.Profile.DisplayName, u.Profile.Active, u.Profile.ExternalId, u.Groups.Select(g => g.DisplayName).ToList(), u.LastModifiedAt)).ToList(),
                page.TotalResults,
                from,
                size)));
        })
        .WithSummary("Users provisioned into the company, in a stable order.");

        company.MapGet("/groups", async (HttpContext http, ISender sender, int? skip, int? take, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var (from, size) = Page(skip, take);
            var result = await sender.Send(new ListGroupsQuery(account.CompanyId, GroupFilter.All, from, size, IncludeMembers: false), ct);
            if (!result.IsSuccess) return ResultHttp.Problem(result.Errors);

            var counts = await sender.Send(new CountGroupMembersQuery(account.CompanyId, result.Value.Groups.Select(g => g.Id).ToList()), ct);
            return counts.ToHttp(count => Results.Ok(new ListResponse<GroupSummary>(
                result.Value.Groups.Select(g => Summary(g, count.GetValueOrDefault(g.Id))).ToList(),
                result.Value.TotalResults,
                from,
                size)));
        })
        .WithSummary("The company's groups with their member counts.");

        company.MapPost("/groups", async (string companyKey, CreateGroupRequest request, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var account = CurrentAccount.From(http.User)!;
            var result = await sender.Send(new PushGroupCommand(account.CompanyId, new GroupProfile(request.DisplayName?.Trim() ?? string.Empty), [], account.Actor), ct);
            if (!result.IsSuccess) return ResultHttp.Problem(result.Errors);

            var group = await sender.Send(new GetGroupQuery(account.CompanyId, result.Value), ct);
            return group.ToHttp(view => Results.Created($"/api/companies/{companyKey}/groups/{view.Id}", Summary(view, 0)));
        })
        .RequireAuthorization(CurrentAccount.AdminPolicy)
        .WithSummary("Create a group ahead of Okta; Push Groups links to it by name instead of creating a duplicate.");
    }

    private static GroupSummary Summary(GroupView group, int members) =>
        new(group.Id, group.Profile.DisplayName, group.Profile.ExternalId, members, group.CreatedAt, group.LastModifiedAt);

    private static (int Skip, int Take) Page(int? skip, int? take) => (Math.Max(0, skip ?? 0), Math.Clamp(take ?? DefaultTake, 1, 200));
}
