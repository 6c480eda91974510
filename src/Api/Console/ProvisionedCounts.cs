using Mediator;
using Platform.Api.Common;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;

namespace Platform.Api.Console;

/// <summary>How many people and groups exist in the company's directory: the checklist's proof that provisioning works.</summary>
public sealed record ProvisionedCounts(int Users, int DeactivatedUsers, int Groups)
{
    private static readonly UserFilter Deactivated = new([new UserCondition(UserFilterField.Active, "false")]);

    /// <summary>Three counts in the database (a page size of 0 asks for the total only); no row is read.</summary>
    public static async Task<Result<ProvisionedCounts>> LoadAsync(ISender sender, CurrentAccount account, CancellationToken ct)
    {
        var users = await sender.Send(new ListUsersQuery(account.CompanyId, UserFilter.All, 0, 0), ct);
        if (!users.IsSuccess) return Result<ProvisionedCounts>.Failure(users.Errors);
        var deactivated = await sender.Send(new ListUsersQuery(account.CompanyId, Deactivated, 0, 0), ct);
        if (!deactivated.IsSuccess) return Result<ProvisionedCounts>.Failure(deactivated.Errors);
        var groups = await sender.Send(new ListGroupsQuery(account.CompanyId, GroupFilter.All, 0, 0, IncludeMembers: false), ct);
        if (!groups.IsSuccess) return Result<ProvisionedCounts>.Failure(groups.Errors);
        return new ProvisionedCounts(users.Value.TotalResults, deactivated.Value.TotalResults, groups.Value.TotalResults);
    }
}
