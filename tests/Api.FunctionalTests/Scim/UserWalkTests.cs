using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// Okta imports by walking <c>startIndex</c> 1, 101, 201, … to the end. The page after a full page continues right
/// after that page's last user, so users created or deleted while a walk is under way neither make it skip nor
/// repeat anyone who was there throughout.
/// </summary>
public sealed class UserWalkTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task Walk_WithUsersDeletedAndCreatedMidway_SkipsAndRepeatsNobody()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var ids = new List<string>();
        for (var i = 0; i < 250; i++) ids.Add(await factory.CreateUserAsync(company.Id, $"walker{i:D3}@example.com"));

        var first = await PageAsync(scim, users, 1);
        Assert.Equal(250, (int)first["totalResults"]!);
        var seen = Ids(first);

        // Between pages: one user already seen and one not yet seen are deleted, and one is created.
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{users}/{seen[10]}")).StatusCode);
        var unseenDeleted = ids.Order(StringComparer.Ordinal).ElementAt(180);
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{users}/{unseenDeleted}")).StatusCode);
        var created = await factory.CreateUserAsync(company.Id, "latecomer@example.com");

        JsonObject page;
        var startIndex = 1;
        do
        {
            startIndex += 100;
            page = await PageAsync(scim, users, startIndex);
            seen.AddRange(Ids(page));
        }
        while (startIndex + 100 <= (int)page["totalResults"]!);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        // Pages are in id order (time-ordered, so the latecomer comes last).
        Assert.Equal(ids.Where(id => id != unseenDeleted).Order(StringComparer.Ordinal).Append(created), seen);
        Assert.Equal(249, (int)page["totalResults"]!);
    }

    [Fact]
    public async Task PageAskedForTwice_AndPagesOutOfOrder_AnswerAsOffsetsDo()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v1/{company.Key}/Users";
        for (var i = 0; i < 120; i++) await factory.CreateUserAsync(company.Id, $"reader{i:D3}@example.com");

        var all = Ids(await PageAsync(scim, users, 1, count: 200));
        var second = Ids(await PageAsync(scim, users, 51, count: 50));
        var secondAgain = Ids(await PageAsync(scim, users, 51, count: 50));
        var third = await PageAsync(scim, users, 101, count: 50);
        var middle = Ids(await PageAsync(scim, users, 31, count: 40));

        Assert.Equal(all.Skip(50).Take(50), second);
        Assert.Equal(second, secondAgain);
        Assert.Equal(all.Skip(100), Ids(third));
        Assert.Equal(120, (int)third["totalResults"]!);
        Assert.Equal(all.Skip(30).Take(40), middle);
    }

    private static async Task<JsonObject> PageAsync(HttpClient scim, string users, int startIndex, int count = 100)
    {
        var page = await (await scim.GetAsync($"{users}?startIndex={startIndex}&count={count}")).ReadObjectAsync();
        Assert.Equal(startIndex, (int)page["startIndex"]!);
        return page;
    }

    private static List<string> Ids(JsonObject page) => page["Resources"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
}
