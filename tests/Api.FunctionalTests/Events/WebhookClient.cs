using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>The webhooks admin API as an admin's script uses it, and a short directory run through SCIM.</summary>
public static class WebhookClient
{
    public static async Task<(string Id, string Secret)> CreateWebhookAsync(this HttpClient admin, string companyKey, string url, params string[] eventTypes)
    {
        var created = await admin.PostJsonAsync($"/api/companies/{companyKey}/webhooks", eventTypes.Length == 0
            ? new { url, description = "Test receiver" }
            : new { url, description = "Test receiver", eventTypes });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        var body = await created.ReadObjectAsync();
        return ((string)body["id"]!, (string)body["secret"]!);
    }

    public static async Task<JsonObject> GetWebhookAsync(this HttpClient admin, string companyKey, string id)
    {
        var response = await admin.GetAsync($"/api/companies/{companyKey}/webhooks/{id}?attempts=500");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    public static async Task<JsonObject> WaitForStatusAsync(this HttpClient admin, string companyKey, string id, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var webhook = await admin.GetWebhookAsync(companyKey, id);
            if ((string)webhook["status"]! == status) return webhook;
            Assert.True(DateTime.UtcNow < deadline, $"The endpoint is {(string)webhook["status"]!}, not {status}: {webhook.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Users created, updated, deactivated, reactivated and deleted; a group created with members, renamed, a member removed, deleted: 12 events.</summary>
    public static async Task ScimRunAsync(HttpClient scim, string companyKey, string prefix = "run")
    {
        var users = $"/scim/v2/{companyKey}/Users";
        var groups = $"/scim/v2/{companyKey}/Groups";
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await scim.PostScim(users, ScimWire.OktaUser("v2", $"{prefix}{i}@example.com", $"Run{i}"), "v2");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((string)(await created.ReadObjectAsync())["id"]!);
        }

        await scim.PatchScim($"{users}/{ids[0]}", ScimWire.Patch(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["title"] = "Engineer" } }), "v2");
        await scim.PatchScim($"{users}/{ids[1]}", ScimWire.Deactivate("v2", ids[1]), "v2");
        await scim.PatchScim($"{users}/{ids[1]}", ScimWire.Deactivate("v2", ids[1], active: true), "v2");
        var group = await (await scim.PostScim(groups, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = $"{prefix} Engineering",
            ["members"] = new JsonArray(new JsonObject { ["value"] = ids[0] }, new JsonObject { ["value"] = ids[1] }),
        }, "v2")).ReadObjectAsync();
        var groupId = (string)group["id"]!;
        await scim.PatchScim($"{groups}/{groupId}", ScimWire.Patch(
            new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["displayName"] = $"{prefix} Platform Engineering" } },
            new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{ids[0]}\"]" }), "v2");
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{groups}/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{users}/{ids[2]}")).StatusCode);
    }

    public const int ScimRunEvents = 12;
}
