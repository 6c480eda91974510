using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;
using Platform.Application.Tenancy;
using Platform.Domain.Tenancy;

namespace Platform.Api.FunctionalTests.Tenancy;

/// <summary>
/// Console accounts follow the directory: a person's deactivation or deletion over SCIM ends the sessions of the
/// accounts linked to them (by email or by an admin) and refuses their sign-in until the person is reactivated; the
/// last active admin is kept, with a warning.
/// </summary>
public sealed class ConsoleAccessFollowsDirectoryTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private const string Reason = "Your access was turned off by your company";

    public static TheoryData<string> Removals => new()
    {
        "v2 okta patch", "v1 okta patch", "v2 put", "v1 put", "v2 entra patch", "v2 delete", "v1 delete",
    };

    [Fact]
    public async Task Person_WithTheMembersEmailInAnyCase_IsLinkedByEmailOnTheirPage()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var id = await CreatePersonAsync(company, token, "someone", "MEMBER@Example.TEST");
        var admin = await factory.SignedInClientAsync(company);

        var page = await admin.GetStringAsync($"/people/{id}");

        Assert.Contains("<span class=\"mono\">member@example.test</span> (Member, linked by email)", page);
        Assert.DoesNotContain("admin@example.test</span> (Admin", page);
    }

    [Theory]
    [MemberData(nameof(Removals))]
    public async Task Removal_OverScim_EndsTheLinkedSessionAtOnceAndSaysWhy(string how)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var version = how[..2];
        var id = await CreatePersonAsync(company, token, company.MemberEmail, company.MemberEmail, version);
        var member = await factory.SignedInClientAsync(company, admin: false);
        var admin = await factory.SignedInClientAsync(company);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/people")).StatusCode);

        var removed = await RemoveAsync(company, token, id, how);

        Assert.True(removed.IsSuccessStatusCode, $"SCIM answered {removed.StatusCode}");
        var next = await member.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/signin", next.Headers.Location?.AbsolutePath);
        Assert.Contains("reason=directory", next.Headers.Location?.Query);
        Assert.Contains(Reason, await member.GetStringAsync(next.Headers.Location));
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/people")).StatusCode);
        var audit = await admin.GetStringAsync($"/api/companies/{company.Key}/audit?action=account.");
        Assert.Contains("account.access_suspended", audit);
        Assert.Contains($"Ended the console sessions of {company.MemberEmail} and refused its sign-in", audit);
    }

    [Fact]
    public async Task SignIn_WhileThePersonIsDeactivated_IsRefusedWithTheReason_AndReactivationRestoresIt()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var id = await CreatePersonAsync(company, token, company.MemberEmail, company.MemberEmail);
        await RemoveAsync(company, token, id, "v2 okta patch");

        var refused = await factory.ConsoleClient().SignInWithFormAsync(company.Key, company.MemberEmail, company.MemberPassword);
        var refusedByApi = await factory.ConsoleClient().PostAsJsonAsync("/api/session", new { companyKey = company.Key, email = company.MemberEmail, password = company.MemberPassword });
        var wrongPassword = await factory.ConsoleClient().SignInWithFormAsync(company.Key, company.MemberEmail, "wrong");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(Reason, await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refusedByApi.StatusCode);
        Assert.Contains("tenancy.access_suspended_by_directory", await refusedByApi.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Reason, await wrongPassword.Content.ReadAsStringAsync());

        var reactivated = await factory.ScimClient(token).PatchScim($"/scim/v2/{company.Key}/Users/{id}", ScimWire.Deactivate("v2", id, active: true), "v2");

        Assert.Equal(HttpStatusCode.OK, reactivated.StatusCode);
        var member = await factory.SignedInClientAsync(company, admin: false);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/people")).StatusCode);
        var audit = await (await factory.SignedInClientAsync(company)).GetStringAsync($"/api/companies/{company.Key}/audit?action=account.");
        Assert.Contains("account.access_restored", audit);
    }

    [Fact]
    public async Task ExplicitLink_ByAnAdmin_FollowsThatPersonWhateverTheEmails()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var bob = await CreatePersonAsync(company, token, "bob@corp.test", "bob@corp.test");
        var lookalike = await CreatePersonAsync(company, token, company.MemberEmail, company.MemberEmail);
        var admin = await factory.SignedInClientAsync(company);
        var memberId = await AccountIdAsync(company, company.MemberEmail);

        var linked = await admin.PostFormAsync(
            $"/people/{bob}?handler=Link",
            ("__RequestVerificationToken", await admin.AntiforgeryTokenAsync($"/people/{bob}")),
            ("accountId", memberId.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains("(Member, linked by an admin)", await admin.GetStringAsync($"/people/{bob}"));
        Assert.Contains("No console account follows this person.", await admin.GetStringAsync($"/people/{lookalike}"));

        // The email lookalike no longer counts; the linked person does.
        var member = await factory.SignedInClientAsync(company, admin: false);
        await RemoveAsync(company, token, lookalike, "v2 okta patch");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/people")).StatusCode);
        await RemoveAsync(company, token, bob, "v2 okta patch");
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/people")).StatusCode);
        Assert.Contains("account.link_changed", await admin.GetStringAsync($"/api/companies/{company.Key}/audit?action=account."));

        // Unlinking lifts the suspension.
        var unlinked = await admin.PostFormAsync(
            $"/people/{bob}?handler=Unlink",
            ("__RequestVerificationToken", await admin.AntiforgeryTokenAsync($"/people/{bob}")),
            ("accountId", memberId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync(company, admin: false)).GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task Link_ToAnAlreadyDeactivatedPerson_SuspendsAtOnce_AndMembersCannotLink()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var gone = await CreatePersonAsync(company, token, "gone@corp.test", "gone@corp.test");
        await RemoveAsync(company, token, gone, "v2 okta patch");
        var admin = await factory.SignedInClientAsync(company);
        var member = await factory.SignedInClientAsync(company, admin: false);
        var memberId = await AccountIdAsync(company, company.MemberEmail);

        var byMember = await member.PostFormAsync(
            $"/people/{gone}?handler=Link",
            ("__RequestVerificationToken", await member.AntiforgeryTokenAsync($"/people/{gone}")),
            ("accountId", memberId.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);

        await admin.PostFormAsync(
            $"/people/{gone}?handler=Link",
            ("__RequestVerificationToken", await admin.AntiforgeryTokenAsync($"/people/{gone}")),
            ("accountId", memberId.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/people")).StatusCode);
        Assert.Contains("Suspended: signed out", await admin.GetStringAsync($"/people/{gone}"));
    }

    [Fact]
    public async Task LastActiveAdmin_IsKeptWithAWarning_WhileAnAdminWithAnotherActiveAdminIsSuspended()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var second = await factory.SendAsync(async s => (await s.Send(new CreateAccountCommand(company.Id, "second@example.test", AccountRole.Admin))).Value);
        var first = await CreatePersonAsync(company, token, company.AdminEmail, company.AdminEmail);
        var secondPerson = await CreatePersonAsync(company, token, "second@example.test", "second@example.test");
        var admin = await factory.SignedInClientAsync(company);
        var secondAdmin = await SignInAsync(company.Key, second.Email, second.OneTimePassword);

        // Another admin is active: the first is suspended like anyone else.
        Assert.True((await RemoveAsync(company, token, first, "v2 okta patch")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/people")).StatusCode);

        // The second is now the last active admin: the directory is changed, the access kept, the console warns.
        var removed = await RemoveAsync(company, token, secondPerson, "v2 okta patch");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False((bool)(await removed.ReadObjectAsync())["active"]!);
        var page = await secondAdmin.GetAsync("/people");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("second@example.test was deactivated in the directory but is the last active admin; their console access was kept.", await page.Content.ReadAsStringAsync());
        Assert.Contains("Kept: the last active admin", await secondAdmin.GetStringAsync($"/people/{secondPerson}"));
        Assert.Contains("account.access_kept", await secondAdmin.GetStringAsync($"/api/companies/{company.Key}/audit?action=account."));

        // Deleting the person keeps the last admin too; reactivating the first admin's person lifts the hold.
        Assert.Equal(HttpStatusCode.NoContent, (await RemoveAsync(company, token, secondPerson, "v2 delete")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondAdmin.GetAsync("/people")).StatusCode);
        await factory.ScimClient(token).PatchScim($"/scim/v2/{company.Key}/Users/{first}", ScimWire.Deactivate("v2", first, active: true), "v2");
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync(company)).GetAsync("/people")).StatusCode);
    }

    [Fact]
    public async Task AnotherCompanysPersonOrAccount_CanNeverBeLinked()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var (other, otherToken) = await factory.CreateCompanyWithOktaAsync();
        var ours = await CreatePersonAsync(company, token, "ours@corp.test", "ours@corp.test");
        var theirs = await CreatePersonAsync(other, otherToken, "theirs@corp.test", "theirs@corp.test");
        var admin = await factory.SignedInClientAsync(company);
        var antiforgery = await admin.AntiforgeryTokenAsync($"/people/{ours}");
        var ourMember = await AccountIdAsync(company, company.MemberEmail);
        var theirMember = await AccountIdAsync(other, other.MemberEmail);

        var theirPerson = await admin.PostFormAsync($"/people/{theirs}?handler=Link", ("__RequestVerificationToken", antiforgery), ("accountId", ourMember.ToString()));
        var theirAccount = await admin.PostFormAsync($"/people/{ours}?handler=Link", ("__RequestVerificationToken", antiforgery), ("accountId", theirMember.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, theirPerson.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirAccount.StatusCode);
        var theirAdmin = await factory.SignedInClientAsync(other);
        Assert.Contains("No console account follows this person.", await theirAdmin.GetStringAsync($"/people/{theirs}"));
        Assert.Contains("No console account follows this person.", await admin.GetStringAsync($"/people/{ours}"));
        Assert.DoesNotContain(other.MemberEmail + "</option>", await admin.GetStringAsync($"/people/{ours}"));

        // A person of another company with our member's email touches nothing here.
        var lookalike = await CreatePersonAsync(other, otherToken, "x", company.MemberEmail);
        var member = await factory.SignedInClientAsync(company, admin: false);
        await RemoveAsync(other, otherToken, lookalike, "v2 okta patch");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/people")).StatusCode);
    }

    private async Task<string> CreatePersonAsync(TestCompany company, string token, string userName, string email, string version = "v2")
    {
        var body = ScimWire.OktaUser(version, userName);
        body["emails"] = new JsonArray(new JsonObject { ["primary"] = true, ["value"] = email, ["type"] = "work" });
        var created = await factory.ScimClient(token).PostScim($"/scim/{version}/{company.Key}/Users", body, version);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.ReadObjectAsync())["id"]!;
    }

    private async Task<HttpResponseMessage> RemoveAsync(TestCompany company, string token, string id, string how)
    {
        var version = how[..2];
        var url = $"/scim/{version}/{company.Key}/Users/{id}";
        var scim = factory.ScimClient(token);
        switch (how)
        {
            case "v2 okta patch" or "v1 okta patch":
                return await scim.PatchScim(url, ScimWire.Deactivate(version, id), version);
            case "v2 entra patch":
                return await scim.PatchScim(url, ScimWire.Patch(new JsonObject { ["op"] = "Replace", ["path"] = "active", ["value"] = "False" }), version);
            case "v2 put" or "v1 put":
                var user = await (await scim.GetAsync(url)).ReadObjectAsync();
                user["active"] = false;
                user.Remove("meta");
                return await scim.PutScim(url, user, version);
            default:
                return await scim.DeleteAsync(url);
        }
    }

    private async Task<HttpClient> SignInAsync(string companyKey, string email, string password)
    {
        var client = factory.ConsoleClient();
        (await client.PostAsJsonAsync("/api/session", new { companyKey, email, password })).EnsureSuccessStatusCode();
        return client;
    }

    private Task<Guid> AccountIdAsync(TestCompany company, string email) =>
        factory.SendAsync(async s =>
        {
            var outcome = await s.Send(new SignInCommand(company.Key, email, email == company.AdminEmail ? company.AdminPassword : company.MemberPassword));
            return outcome.Value.Account?.AccountId ?? throw new InvalidOperationException($"{email} could not sign in.");
        });
}
