using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.BrowserTests.Console;

/// <summary>What Okta provisions shows under People and Groups; an admin creates a group that Okta then finds by name.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DirectoryTests(ConsoleFixture fixture)
{
    private ConsoleServer Server => fixture.Server;

    [Fact]
    public async Task Admin_SeesWhatOktaProvisioned_AndCreatesAGroupOktaCanLink()
    {
        var company = await Server.CreateCompanyAsync("Globex", "admin@globex.example");
        var token = await Server.AddOktaAsync(company);
        var scim = $"/scim/v2/{company.Key}";

        // Okta assigns four people, unassigns one (deactivation), and pushes a group with two of them.
        var ada = await CreateUserAsync(token, scim, "ada.lovelace@globex.example", "Ada", "Lovelace", title: "Analyst", department: "Research");
        var grace = await CreateUserAsync(token, scim, "grace.hopper@globex.example", "Grace", "Hopper");
        var alan = await CreateUserAsync(token, scim, "alan.turing@globex.example", "Alan", "Turing");
        await CreateUserAsync(token, scim, "katherine.johnson@globex.example", "Katherine", "Johnson");
        var deactivated = await Server.ScimSendAsync(HttpMethod.Patch, $"{scim}/Users/{alan}", token, ScimWire.Deactivate("v2", alan));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var pushed = await Server.ScimSendAsync(HttpMethod.Post, $"{scim}/Groups", token, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = "Engineering",
            ["members"] = new JsonArray(new JsonObject { ["value"] = ada }, new JsonObject { ["value"] = grace }),
        });
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);

        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(company.Key, company.AdminEmail, company.AdminPassword);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Console" });

        // People: everyone, with the deactivated one marked as such.
        await nav.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Expect(page.Locator("#people tbody tr")).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "alan.turing@" })).ToContainTextAsync("Deactivated");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "ada.lovelace@" })).ToContainTextAsync("Active");
        await page.ScreenshotAsync("people");

        // Search by part of a name, in any case; then only the deactivated.
        await page.GetByLabel("Name or userName").FillAsync("HOPPER");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SearchUrl());
        await Expect(page.Locator("#people tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#people")).ToContainTextAsync("Grace Hopper");
        await page.GetByLabel("Name or userName").FillAsync(string.Empty);
        await page.GetByLabel("Status").SelectOptionAsync("deactivated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#people tbody tr")).ToHaveCountAsync(1);

        // A person's page: attributes as Okta sent them, and the status.
        await page.GetByRole(AriaRole.Link, new() { Name = "Alan Turing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Alan Turing");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Deactivated");
        await Expect(page.Locator("#profile")).ToContainTextAsync("alan.turing@globex.example");
        await Expect(page.Locator("#no-groups")).ToBeVisibleAsync();

        // Groups: the pushed group with its member count, and its members.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Engineering" })).ToContainTextAsync("2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Engineering" }).ClickAsync();
        await Expect(page.Locator("#member-count")).ToHaveTextAsync("2");
        await Expect(page.Locator("#members tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#members")).ToContainTextAsync("Ada Lovelace");
        await Expect(page.Locator("#members")).ToContainTextAsync("Grace Hopper");
        await page.ScreenshotAsync("group");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Lovelace" }).ClickAsync();
        await Expect(page.Locator("#person-groups")).ToContainTextAsync("Engineering");
        await Expect(page.Locator("#profile")).ToContainTextAsync("Research");
        await page.ScreenshotAsync("person");

        // An admin creates a group; Okta's link check (a displayName filter) finds it.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
        await page.GetByLabel("Group name").FillAsync("Design");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Design" })).ToBeVisibleAsync();
        await Expect(page.Locator("#group-created")).ToContainTextAsync("link");
        var createdId = GroupUrl().Match(page.Url).Groups[1].Value;
        var linkCheck = await Server.ScimSendAsync(HttpMethod.Get, $"{scim}/Groups?filter=displayName%20eq%20%22Design%22", token);
        var found = await linkCheck.ReadObjectAsync();
        Assert.Equal(1, (int)found["totalResults"]!);
        Assert.Equal(createdId, (string)found["Resources"]![0]!["id"]!);

        // The same name again, in another case: the page says why, and nothing is created.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Groups" }).ClickAsync();
        await Expect(page.Locator("#groups tbody tr")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("groups");
        await page.GetByLabel("Group name").FillAsync("design");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(page.Locator("#group-name-error")).ToContainTextAsync("A group named “Design” already exists");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open Design" }).ClickAsync();
        await Expect(page.Locator("#member-count")).ToHaveTextAsync("0");

        // The Okta page counts what was provisioned; Activity filters people and groups.
        await page.GotoAsync("/settings/integrations/okta");
        await Expect(page.Locator("#provisioned")).ToHaveTextAsync("4 people (1 deactivated), 2 groups");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Activity" }).ClickAsync();
        await page.GetByLabel("Kind").SelectOptionAsync("user");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("#activity")).ToContainTextAsync("Deactivated user alan.turing@globex.example.");
        await page.GetByLabel("Kind").SelectOptionAsync("group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Created group Design." })).ToContainTextAsync(company.AdminEmail);
        await page.GetByLabel("Kind").SelectOptionAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Created user grace.hopper@globex.example." })).ToContainTextAsync("Identity provider");
        await page.ScreenshotAsync("activity-directory");

        // Readable at a phone's width.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/people");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "People scrolls sideways at 390 px.");
    }

    private async Task<string> CreateUserAsync(string token, string scim, string userName, string given, string family, string? title = null, string? department = null)
    {
        var body = ScimWire.OktaUser("v2", userName, given, family);
        if (title is not null) body["title"] = title;
        if (department is not null)
        {
            body["schemas"]!.AsArray().Add(ScimWire.EnterpriseV2);
            body[ScimWire.EnterpriseV2] = new JsonObject { ["department"] = department };
        }

        var created = await Server.ScimSendAsync(HttpMethod.Post, $"{scim}/Users", token, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.ReadObjectAsync())["id"]!;
    }

    [GeneratedRegex("/people\\?q=HOPPER")]
    private static partial Regex SearchUrl();

    [GeneratedRegex("/groups/([0-9a-f-]{36})\\?created=1$")]
    private static partial Regex GroupUrl();
}
