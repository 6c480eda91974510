using System.Net;
using System.Text.RegularExpressions;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Directory.Groups;
using Platform.Domain.Tenancy;

namespace Platform.Api.FunctionalTests.Console;

/// <summary>People and Groups as the console's HTML says them: search, paging, who may create a group, and tenant walls.</summary>
public sealed partial class DirectoryPagesTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task PeopleSearch_MatchesUserNameAndDisplayNameInAnyCase_AndPages()
    {
        var company = await factory.CreateCompanyAsync();
        for (var i = 0; i < 27; i++) await factory.CreateUserAsync(company.Id, $"engineer{i:00}@example.com");
        await factory.CreateUserAsync(company.Id, "someone@example.com", displayName: "Chief ENGINEER");
        await factory.CreateUserAsync(company.Id, "other@example.com");
        var member = await factory.SignedInClientAsync(company, admin: false);

        var first = await member.GetStringAsync("/people?q=Engineer");
        var second = await member.GetStringAsync("/people?q=Engineer&p=2");

        Assert.Contains("Showing 1–25 of 28", first);
        Assert.Equal(25, PersonRows().Count(first));
        Assert.Contains("engineer00@example.com", first);
        Assert.Contains("href=\"/people?q=Engineer&amp;p=2\"", first);
        Assert.Equal(3, PersonRows().Count(second));
        Assert.Contains("Showing 26–28 of 28", second);
        Assert.Contains("Chief ENGINEER", second);
        Assert.DoesNotContain("other@example.com", first + second);
    }

    [Fact]
    public async Task PeopleSearch_LikeWildcards_AreMatchedAsPlainCharacters()
    {
        var company = await factory.CreateCompanyAsync();
        await factory.CreateUserAsync(company.Id, "a_b@example.com");
        await factory.CreateUserAsync(company.Id, "axb@example.com");
        var admin = await factory.SignedInClientAsync(company);

        var underscore = await admin.GetStringAsync("/people?q=a_b");
        var percent = await admin.GetStringAsync("/people?q=%25");

        Assert.Equal(1, PersonRows().Count(underscore));
        Assert.Contains("a_b@example.com", underscore);
        Assert.Contains("Nobody matches this search.", percent);
    }

    [Fact]
    public async Task People_ByStatus_ShowsDeactivatedPeopleAsDeactivated()
    {
        var company = await factory.CreateCompanyAsync();
        await factory.CreateUserAsync(company.Id, "active@example.com");
        var gone = await factory.CreateUserAsync(company.Id, "gone@example.com");
        await factory.DeactivateUserAsync(company.Id, gone);
        var admin = await factory.SignedInClientAsync(company);

        var all = await admin.GetStringAsync("/people");
        var deactivated = await admin.GetStringAsync("/people?status=deactivated");
        var person = await admin.GetStringAsync($"/people/{gone}");

        Assert.Equal(2, PersonRows().Count(all));
        Assert.Equal(1, PersonRows().Count(deactivated));
        Assert.Contains("gone@example.com", deactivated);
        Assert.Contains("Deactivated</span>", deactivated);
        Assert.Contains("Deactivated</span>", person);
        Assert.Contains("gone@example.com", person);
    }

    [Theory]
    [InlineData("/people/{0}")]
    [InlineData("/groups/{1}")]
    public async Task DetailPages_ForAnotherCompanysIds_Are404(string path)
    {
        var other = await factory.CreateCompanyAsync();
        var userId = await factory.CreateUserAsync(other.Id, "theirs@example.com");
        var groupId = await factory.CreateGroupAsync(other.Id, "Theirs", [userId]);
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var response = await admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, userId, groupId));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("theirs@example.com", html);
        Assert.DoesNotContain("Theirs", html);
    }

    [Theory]
    [InlineData("/people/not-an-id")]
    [InlineData("/groups/not-an-id")]
    public async Task DetailPages_ForTextThatIsNoId_Are404(string path)
    {
        var company = await factory.CreateCompanyAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Groups_ShowMemberCounts_AndAGroupPagesItsMembers()
    {
        var company = await factory.CreateCompanyAsync();
        var users = new List<string>();
        for (var i = 0; i < 27; i++) users.Add(await factory.CreateUserAsync(company.Id, $"member{i:00}@example.com"));
        var big = await factory.CreateGroupAsync(company.Id, "Everyone", users);
        await factory.CreateGroupAsync(company.Id, "Pair", users.Take(2).ToList());
        await factory.CreateGroupAsync(company.Id, "Nobody", []);
        var member = await factory.SignedInClientAsync(company, admin: false);

        var groups = await member.GetStringAsync("/groups");
        var first = await member.GetStringAsync($"/groups/{big}");
        var second = await member.GetStringAsync($"/groups/{big}?p=2");

        Assert.Matches(GroupRow("Everyone", 27), groups);
        Assert.Matches(GroupRow("Pair", 2), groups);
        Assert.Matches(GroupRow("Nobody", 0), groups);
        Assert.Contains("Members: Showing 1–25 of 27", first);
        Assert.Equal(25, PersonRows().Count(first));
        Assert.Contains($"href=\"/groups/{big}?p=2\"", first);
        Assert.Contains("member00@example.com", first);
        Assert.Equal(2, PersonRows().Count(second));
        Assert.Contains("member26@example.com", second);
    }

    [Fact]
    public async Task GroupCreate_AsAdmin_RedirectsToTheNewGroupWhichOktaFindsByName()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/groups/new");

        var created = await admin.PostFormAsync("/groups/new", ("__RequestVerificationToken", antiforgery), ("name", "  Design  "));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var page = await admin.GetStringAsync(location);
        Assert.Contains("Group created.", page);
        var found = await (await factory.ScimClient(token).GetAsync($"/scim/v2/{company.Key}/Groups?filter=displayName%20eq%20%22design%22")).ReadObjectAsync();
        Assert.Equal(1, (int)found["totalResults"]!);
        Assert.Equal($"/groups/{(string)found["Resources"]![0]!["id"]!}?created=1", location);
        Assert.Equal("Design", (string)found["Resources"]![0]!["displayName"]!);
    }

    [Fact]
    public async Task GroupCreate_DuplicateNameInAnotherCase_ShowsTheErrorOnThePage()
    {
        var company = await factory.CreateCompanyAsync();
        var existing = await factory.CreateGroupAsync(company.Id, "Engineering", []);
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/groups");

        var response = await admin.PostFormAsync("/groups/new", ("__RequestVerificationToken", antiforgery), ("name", "ENGINEERING"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("A group named “Engineering” already exists", html);
        Assert.Contains($"<a href=\"/groups/{existing}\">Open Engineering</a>", html);
        Assert.Contains("value=\"ENGINEERING\"", html);
        Assert.Equal(1, await GroupCountAsync(company.Id));
    }

    [Fact]
    public async Task GroupCreate_EmptyName_AsksForOne()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync("/groups/new");

        var response = await admin.PostFormAsync("/groups/new", ("__RequestVerificationToken", antiforgery), ("name", "   "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a name for the group.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await GroupCountAsync(company.Id));
    }

    [Fact]
    public async Task GroupCreate_AsMember_HasNoControlAndThePostIs403()
    {
        var company = await factory.CreateCompanyAsync();
        var member = await factory.SignedInClientAsync(company, admin: false);
        var groups = await member.GetStringAsync("/groups");
        var antiforgery = await member.AntiforgeryTokenAsync("/groups");

        var post = await member.PostFormAsync("/groups/new", ("__RequestVerificationToken", antiforgery), ("name", "Sneaky"));
        var get = await member.GetAsync("/groups/new");

        Assert.DoesNotContain("action=\"/groups/new\"", groups);
        Assert.Contains("Only administrators can create groups.", groups);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(0, await GroupCountAsync(company.Id));
    }

    [Fact]
    public async Task GroupCreate_WithoutAntiforgeryToken_Is400AndCreatesNothing()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = await factory.SignedInClientAsync(company);

        var response = await admin.PostFormAsync("/groups/new", ("name", "Forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await GroupCountAsync(company.Id));
    }

    [Fact]
    public async Task OktaPage_CountsProvisionedPeopleAndGroups()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var first = await factory.CreateUserAsync(company.Id, "one@example.com");
        var second = await factory.CreateUserAsync(company.Id, "two@example.com");
        await factory.DeactivateUserAsync(company.Id, second);
        await factory.CreateGroupAsync(company.Id, "Solo", [first]);
        var admin = await factory.SignedInClientAsync(company);

        var html = await admin.GetStringAsync("/settings/integrations/okta");

        Assert.Contains("2 people (1 deactivated), 1 group", html);
    }

    private Task<int> GroupCountAsync(CompanyId companyId) =>
        factory.SendAsync(async s => (await s.Send(new ListGroupsQuery(companyId, GroupFilter.All, 0, 0, IncludeMembers: false))).Value.TotalResults);

    private static Regex GroupRow(string name, int members) =>
        new($">{name}</a></th>\\s*<td class=\"number\">{members}</td>");

    [GeneratedRegex("<th scope=\"row\"><a href=\"/people/")]
    private static partial Regex PersonRows();
}
