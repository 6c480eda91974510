using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Audit;

/// <summary>The console's Activity page shows what each change did to which attribute, and the request that made it.</summary>
public sealed class ActivityPageTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public async Task Activity_AfterAScimUpdate_ShowsTheChangedAttributesBeforeAndAfterAndTheRequestId()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var body = ScimWire.OktaUser("v2", "shown@example.com");
        body["title"] = "Analyst";
        var user = await (await scim.PostScim(users, body, "v2")).ReadObjectAsync();
        user["title"] = "Lead";
        await scim.PutScim($"{users}/{(string)user["id"]!}", user, "v2");

        var html = await (await factory.SignedInClientAsync(company, admin: false)).GetStringAsync("/activity?kind=user");

        Assert.Matches("<span class=\"mono\">title</span>:\\s*Analyst<span aria-hidden=\"true\"> → </span><span class=\"visually-hidden\"> changed to </span>Lead", html);
        Assert.Matches("class=\"request-id\"[^>]*>· request \\S+</span>", html);
        Assert.DoesNotContain("<details", html);
    }

    [Fact]
    public async Task Activity_ManyChangedAttributes_FoldsThemIntoDetails()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var user = await (await scim.PostScim(users, ScimWire.OktaUser("v2", "many@example.com"), "v2")).ReadObjectAsync();
        user["title"] = "Lead";
        user["nickName"] = "Ada";
        user["userType"] = "Employee";
        user["displayName"] = "Countess";

        await scim.PutScim($"{users}/{(string)user["id"]!}", user, "v2");

        var html = await (await factory.SignedInClientAsync(company)).GetStringAsync("/activity?kind=user");
        Assert.Contains("<summary>4 attributes changed</summary>", html);
    }
}
