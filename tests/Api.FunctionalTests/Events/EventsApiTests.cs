using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using Platform.Api.FunctionalTests.Infrastructure;
using static Platform.Api.FunctionalTests.Events.EventsReader;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// The events API on PostgreSQL: every change of an Okta run, in order, each once; a reader's cursor across pages and
/// concurrent writers; no gap when transactions commit in the opposite order of their start; tenant isolation; API keys.
/// </summary>
public sealed class EventsApiTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    [Fact]
    public Task OktaRun_EventsApi_ReturnsEveryChangeInOrder() => OktaRunAsync(factory);

    internal static async Task OktaRunAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var events = factory.EventsClient(await factory.CreateApiKeyAsync(company));
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var groups = $"/scim/v2/{company.Key}/Groups";

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await scim.PostScim(users, ScimWire.OktaUser("v2", $"run{i}@example.com", $"Run{i}"), "v2");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((string)(await created.ReadObjectAsync())["id"]!);
        }

        await scim.PatchScim($"{users}/{ids[0]}", ScimWire.Patch(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["title"] = "Engineer" } }), "v2");
        await scim.PatchScim($"{users}/{ids[1]}", ScimWire.Deactivate("v2", ids[1]), "v2");
        await scim.PatchScim($"{users}/{ids[1]}", ScimWire.Deactivate("v2", ids[1], active: true), "v2");
        var group = await (await scim.PostScim(groups, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Group"),
            ["displayName"] = "Engineering",
            ["members"] = new JsonArray(new JsonObject { ["value"] = ids[0] }, new JsonObject { ["value"] = ids[1] }),
        }, "v2")).ReadObjectAsync();
        var groupId = (string)group["id"]!;
        await scim.PatchScim($"{groups}/{groupId}", ScimWire.Patch(
            new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["displayName"] = "Platform Engineering" } },
            new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{ids[0]}\"]" }), "v2");
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{groups}/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"{users}/{ids[2]}")).StatusCode);

        var (read, _) = await ReadAtLeastAsync(events, company.Key, 12);

        Assert.Equal(
            [
                ("user.created", ids[0]), ("user.created", ids[1]), ("user.created", ids[2]),
                ("user.updated", ids[0]), ("user.deactivated", ids[1]), ("user.reactivated", ids[1]),
                ("group.created", groupId), ("group.members_added", groupId),
                ("group.updated", groupId), ("group.members_removed", groupId),
                ("group.deleted", groupId), ("user.deleted", ids[2]),
            ],
            read.Select(e => (TypeOf(e), ResourceOf(e))));
        Assert.Equal(read.Count, read.Select(e => (string)e["id"]!).Distinct().Count());
        Assert.All(read, e => Assert.Equal("integration", (string)e["actor"]!["kind"]!));
        Assert.All(read, e => Assert.False(string.IsNullOrEmpty((string?)e["requestId"])));
        Assert.DoesNotContain(read, e => e.ToJsonString().Contains("t1meMa$heen", StringComparison.Ordinal));

        var created0 = read[0]["data"]!;
        Assert.Equal("run0@example.com", (string)created0["userName"]!);
        Assert.Contains(created0["changes"]!.AsArray(), c => (string)c!["attribute"]! == "name.givenName" && (string)c["after"]! == "Run0" && c["before"] is null);
        var updated = read[3]["data"]!["changes"]!.AsArray();
        Assert.Equal("title", (string)Assert.Single(updated)!["attribute"]!);
        Assert.Equal(new[] { ids[0], ids[1] }.Order(), read[7]["data"]!["userIds"]!.AsArray().Select(id => (string)id!).Order());
        Assert.Equal("Platform Engineering", (string)read[8]["data"]!["changes"]![0]!["after"]!);
        Assert.Equal([ids[0]], read[9]["data"]!["userIds"]!.AsArray().Select(id => (string)id!));
    }

    [Fact]
    public async Task Cursor_PagesOfTwo_GiveEveryEventExactlyOnce()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var events = factory.EventsClient(await factory.CreateApiKeyAsync(company));
        for (var i = 0; i < 7; i++) await factory.CreateUserAsync(company.Id, $"page{i}@example.com");
        var (all, _) = await ReadAtLeastAsync(events, company.Key, 7, limit: 1000);

        var paged = new List<JsonObject>();
        string? cursor = null;
        for (var round = 0; round < 10; round++)
        {
            var page = await PageAsync(events, company.Key, cursor, limit: 2);
            var got = page["events"]!.AsArray();
            Assert.True(got.Count <= 2);
            paged.AddRange(got.Select(e => e!.AsObject()));
            cursor = (string?)page["next"];
            if (got.Count > 0) Assert.Equal((string)got[^1]!["cursor"]!, cursor);
        }

        Assert.Equal(all.Select(e => (string)e["id"]!), paged.Select(e => (string)e["id"]!));
        var empty = await PageAsync(events, company.Key, cursor);
        Assert.Empty(empty["events"]!.AsArray());
        Assert.Equal(cursor, (string?)empty["next"]);
        Assert.False((bool)empty["hasMore"]!);
    }

    [Fact]
    public Task ConcurrentWriters_AReaderFollowingAlong_SeesEveryEventOnce() => ConcurrentWritersAsync(factory, writers: 50);

    internal static async Task ConcurrentWritersAsync(PlatformApiFactory factory, int writers)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var events = factory.EventsClient(await factory.CreateApiKeyAsync(company));
        var scim = factory.ScimClient(token);

        var seen = new List<JsonObject>();
        string? cursor = null;
        var writing = Task.WhenAll(Enumerable.Range(0, writers).Select(async i =>
        {
            var created = await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", $"burst{i}@example.com"), "v2");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }));
        while (!writing.IsCompleted)
        {
            var page = await PageAsync(events, company.Key, cursor, limit: 7);
            seen.AddRange(page["events"]!.AsArray().Select(e => e!.AsObject()));
            cursor = (string?)page["next"];
        }

        await writing;
        var (rest, _) = await ReadAtLeastAsync(events, company.Key, writers - seen.Count, cursor, limit: 7);
        seen.AddRange(rest);

        Assert.Equal(writers, seen.Count);
        Assert.All(seen, e => Assert.Equal("user.created", TypeOf(e)));
        Assert.Equal(writers, seen.Select(ResourceOf).Distinct().Count());
        Assert.Equal(writers, seen.Select(e => (string)e["id"]!).Distinct().Count());
    }

    /// <summary>
    /// Transaction A starts writing first (its event takes the lower transaction id) and stays open; B commits. A reader
    /// must not move past A's place: B is held back until A ends, then both come, A first, each once.
    /// </summary>
    [Fact]
    public Task TransactionCommittingAfterALaterOne_IsNeverSkipped() => NoGapAsync(factory);

    internal static async Task NoGapAsync(PlatformApiFactory factory)
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var events = factory.EventsClient(await factory.CreateApiKeyAsync(company));
        var scim = factory.ScimClient(token);
        await factory.CreateUserAsync(company.Id, "before@example.com");
        var (before, cursor) = await ReadAtLeastAsync(events, company.Key, 1);
        Assert.Single(before);

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using (var transactionA = await connection.BeginTransactionAsync())
        {
            // A inserts its event as the outbox does: company, payload, and the database's own id and transaction id.
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO change_events (company_id, event_id, type, resource_type, resource_id, occurred_at, actor_kind, actor_id, actor_name, data) "
                + "VALUES (@company, @event, 'user.updated', 'user', 'held-open', now(), 'System', 'system', 'Platform', '{}')", connection, transactionA))
            {
                insert.Parameters.AddWithValue("company", company.Id.Value);
                insert.Parameters.AddWithValue("event", Guid.CreateVersion7());
                await insert.ExecuteNonQueryAsync();
            }

            Assert.Equal(HttpStatusCode.Created, (await scim.PostScim($"/scim/v2/{company.Key}/Users", ScimWire.OktaUser("v2", "b@example.com"), "v2")).StatusCode);

            var whileOpen = await PageAsync(events, company.Key, cursor);
            Assert.Empty(whileOpen["events"]!.AsArray());
            Assert.Equal(cursor, (string?)whileOpen["next"]);

            await transactionA.CommitAsync();
        }

        var (after, _) = await ReadAtLeastAsync(events, company.Key, 2, cursor);
        Assert.Equal([("user.updated", "held-open"), ("user.created", ResourceOf(after[1]))], after.Select(e => (TypeOf(e), ResourceOf(e))));
        Assert.Equal("b@example.com", (string)after[1]["data"]!["userName"]!);
    }

    [Fact]
    public async Task AnotherCompanysKeyOrSession_NeverReadsThisCompanysEvents()
    {
        var (a, _) = await factory.CreateCompanyWithOktaAsync();
        var (b, _) = await factory.CreateCompanyWithOktaAsync();
        var keyOfA = await factory.CreateApiKeyAsync(a);
        var eventsOfB = factory.EventsClient(await factory.CreateApiKeyAsync(b));
        await factory.CreateUserAsync(a.Id, "only-a@example.com");
        await factory.CreateUserAsync(b.Id, "only-b@example.com");

        var refused = await factory.EventsClient(keyOfA).GetAsync($"/api/companies/{b.Key}/events");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var adminOfA = await factory.SignedInClientAsync(a);
        Assert.Equal(HttpStatusCode.Unauthorized, (await adminOfA.GetAsync($"/api/companies/{b.Key}/events")).StatusCode);

        var (read, _) = await ReadAtLeastAsync(eventsOfB, b.Key, 1);
        Assert.Equal(["only-b@example.com"], read.Select(e => (string)e["data"]!["userName"]!));
    }

    [Fact]
    public async Task ApiKeys_ShownOnce_Listed_Revoked_AndRefusedWhenWrong()
    {
        var (company, _) = await factory.CreateCompanyWithOktaAsync();
        var admin = await factory.SignedInClientAsync(company);
        var created = await (await admin.PostJsonAsync($"/api/companies/{company.Key}/api-keys", new { name = "HR sync" })).ReadObjectAsync();
        var key = (string)created["key"]!;
        Assert.StartsWith("plat_events_", key);

        var listed = Assert.Single((await admin.GetFromJsonAsync<JsonArray>($"/api/companies/{company.Key}/api-keys"))!)!;
        Assert.Null(listed["key"]);
        Assert.Equal(("HR sync", false), ((string)listed["name"]!, (bool)listed["revoked"]!));
        Assert.EndsWith(key[^4..], (string)listed["keyHint"]!);

        var url = $"/api/companies/{company.Key}/events";
        Assert.Equal(HttpStatusCode.OK, (await factory.EventsClient(key).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key + "x").GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient(null).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await factory.SignedInClientAsync(company, admin: false)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key).GetAsync($"/api/companies/no-such-company/events")).StatusCode);

        // The key reads events and nothing else.
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key).GetAsync($"/api/companies/{company.Key}/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ScimClient(key).GetAsync($"/scim/v2/{company.Key}/Users")).StatusCode);

        foreach (var bad in new[] { "?after=nonsense", "?after=MTIzNA", "?limit=0", "?limit=1001", "?limit=abc" })
        {
            var response = await factory.EventsClient(key).GetAsync(url + bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var revoked = await admin.PostAsync($"/api/companies/{company.Key}/api-keys/{(string)created["id"]!}/revoke", null);
        Assert.True((bool)(await revoked.ReadObjectAsync())["revoked"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/companies/{company.Key}/api-keys/{Guid.NewGuid()}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync($"/api/companies/{company.Key}/api-keys", new { name = " " })).StatusCode);

        var audit = (await admin.GetFromJsonAsync<JsonObject>($"/api/companies/{company.Key}/audit"))!.ToJsonString();
        Assert.Contains("api_key.created", audit);
        Assert.Contains("api_key.revoked", audit);
        Assert.DoesNotContain(key, audit);
    }

    [Fact]
    public async Task ConsolePage_CreatesAKeyShownOnce_AndRevokesIt()
    {
        var company = await factory.CreateCompanyAsync();
        var admin = factory.ConsoleClient();
        await admin.SignInWithFormAsync(company.Key, company.AdminEmail, company.AdminPassword);

        var created = await admin.PostFormAsync(
            "/settings/api-keys?handler=Create", ("__RequestVerificationToken", await admin.AntiforgeryTokenAsync("/settings/api-keys")), ("Name", "Payroll"));
        var html = await created.Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(html, "value=\"(plat_events_[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.Equal(HttpStatusCode.OK, (await factory.EventsClient(key).GetAsync($"/api/companies/{company.Key}/events")).StatusCode);
        Assert.DoesNotContain(key, await admin.GetStringAsync("/settings/api-keys"));

        var id = Assert.Single((await factory.SendAsync(s => s.Send(new Platform.Application.Events.ListApiKeysQuery(company.Id)).AsTask())).Value).Id;
        var revoked = await admin.PostFormAsync(
            $"/settings/api-keys?handler=Revoke&id={id}", ("__RequestVerificationToken", await admin.AntiforgeryTokenAsync("/settings/api-keys")));
        Assert.Contains("was revoked", await revoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.EventsClient(key).GetAsync($"/api/companies/{company.Key}/events")).StatusCode);

        var member = factory.ConsoleClient();
        await member.SignInWithFormAsync(company.Key, company.MemberEmail, company.MemberPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/settings/api-keys")).StatusCode);
        Assert.DoesNotContain("/settings/api-keys", await member.GetStringAsync("/settings/integrations"));
        Assert.Contains("/settings/api-keys", await admin.GetStringAsync("/settings/integrations"));
    }
}
