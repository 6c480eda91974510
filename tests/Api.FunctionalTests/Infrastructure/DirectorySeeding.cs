using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Common;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>People and groups put in place through the same use cases SCIM calls, for tests about reading them.</summary>
public static class DirectorySeeding
{
    public static async Task<string> CreateUserAsync(this PlatformApiFactory factory, CompanyId companyId, string userName, string? displayName = null) =>
        (await factory.SendAsync(async s => (await s.Send(new CreateUserCommand(companyId, new UserProfile(userName, DisplayName: displayName), Actor.System))).Value)).Id;

    public static Task DeactivateUserAsync(this PlatformApiFactory factory, CompanyId companyId, string userId) =>
        factory.SendAsync(async s => (await s.Send(new DeactivateUserCommand(companyId, userId, Actor.System))).Value);

    public static Task<string> CreateGroupAsync(this PlatformApiFactory factory, CompanyId companyId, string name, IReadOnlyList<string> memberIds) =>
        factory.SendAsync(async s => (await s.Send(new PushGroupCommand(companyId, new GroupProfile(name), memberIds, Actor.System))).Value);
}
