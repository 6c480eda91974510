using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Domain.Tenancy;

namespace Platform.Api.FunctionalTests.Directory;

/// <summary>The console's directory reads through the real pipeline and PostgreSQL: search, order, totals, tenant walls.</summary>
public sealed class ConsoleDirectoryQueriesTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task SearchUsers_OrdersByUserNameRegardlessOfCase_AndFiltersByStatus()
    {
        var company = await factory.CreateCompanyAsync();
        var bob = await factory.CreateUserAsync(company.Id, "bob@example.com");
        await factory.CreateUserAsync(company.Id, "Alice@example.com");
        await factory.CreateUserAsync(company.Id, "carol@example.com");
        await factory.DeactivateUserAsync(company.Id, bob);

        var all = await SearchAsync(company.Id, null, null, 0, 10);
        var active = await SearchAsync(company.Id, " ", true, 0, 10);
        var deactivated = await SearchAsync(company.Id, "B", false, 0, 10);
        var totalOnly = await SearchAsync(company.Id, "example", null, 0, 0);

        Assert.Equal(["Alice@example.com", "bob@example.com", "carol@example.com"], all.Users.Select(u => u.UserName));
        Assert.Equal(["Alice@example.com", "carol@example.com"], active.Users.Select(u => u.UserName));
        Assert.Equal(bob, Assert.Single(deactivated.Users).Id);
        Assert.False(deactivated.Users[0].Active);
        Assert.Empty(totalOnly.Users);
        Assert.Equal(3, totalOnly.TotalResults);
    }

    [Fact]
    public async Task SearchUsers_SeesOnlyItsOwnCompany()
    {
        var mine = await factory.CreateCompanyAsync();
        var theirs = await factory.CreateCompanyAsync();
        await factory.CreateUserAsync(theirs.Id, "shared.name@example.com");

        var page = await SearchAsync(mine.Id, "shared", null, 0, 10);

        Assert.Equal(0, page.TotalResults);
    }

    [Fact]
    public async Task SearchUsers_PageLargerThanTheLimit_IsAValidationError()
    {
        var company = await factory.CreateCompanyAsync();

        var result = await factory.SendAsync(async s => await s.Send(new SearchUsersQuery(company.Id, null, null, 0, ListUsersValidator.MaxPageSize + 1)));

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorType.Validation, result.Error.Type);
    }

    [Fact]
    public async Task ListGroupMembers_PagesInUserNameOrder_AndFindsNothingInAnotherCompanysGroup()
    {
        var company = await factory.CreateCompanyAsync();
        var zed = await factory.CreateUserAsync(company.Id, "zed@example.com");
        var amy = await factory.CreateUserAsync(company.Id, "amy@example.com");
        var max = await factory.CreateUserAsync(company.Id, "Max@example.com");
        var group = await factory.CreateGroupAsync(company.Id, "Three", [zed, amy, max]);
        var other = await factory.CreateCompanyAsync();

        var first = await MembersAsync(company.Id, group, 0, 2);
        var second = await MembersAsync(company.Id, group, 2, 2);
        var foreign = await MembersAsync(other.Id, group, 0, 10);

        Assert.Equal(3, first.TotalResults);
        Assert.Equal([amy, max], first.Users.Select(m => m.Id));
        Assert.Equal([zed], second.Users.Select(m => m.Id));
        Assert.Equal(0, foreign.TotalResults);
        Assert.Empty(foreign.Users);
    }

    private Task<UserListItemPage> SearchAsync(CompanyId companyId, string? text, bool? active, int skip, int take) =>
        factory.SendAsync(async s => (await s.Send(new SearchUsersQuery(companyId, text, active, skip, take))).Value);

    private Task<UserListItemPage> MembersAsync(CompanyId companyId, string groupId, int skip, int take) =>
        factory.SendAsync(async s => (await s.Send(new ListGroupMembersQuery(companyId, groupId, skip, take))).Value);
}
