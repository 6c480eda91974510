using System.Text.Json.Nodes;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;

namespace Platform.Api.Scim.V2;

/// <summary>
/// POST <c>/.search</c> (RFC 7644 §3.4.3) on <c>/Users</c>, <c>/Groups</c> and the root. The root searches both
/// resource types: users, then groups, paged across both as one list. A filter that names an attribute one type does
/// not have selects none of that type; cursor paging is per resource type (<c>/Users/.search</c>, <c>/Groups/.search</c>).
/// </summary>
public static class ScimV2Search
{
    public static void Map(RouteGroupBuilder scim)
    {
        var dialect = ScimV2Dialect.Instance;
        scim.MapPost("/Users/.search", async (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var request = await ScimSearch.ReadAsync(http, ct);
            return request.IsSuccess ? await ScimUserEndpoints.ListAsync(http, dialect, companyKey, sender, urls, request.Value, ct) : request.Problem.ToResult(dialect);
        });

        scim.MapPost("/Groups/.search", async (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var request = await ScimSearch.ReadAsync(http, ct);
            return request.IsSuccess ? await ScimGroupEndpoints.ListAsync(http, dialect, companyKey, sender, urls, request.Value, ct) : request.Problem.ToResult(dialect);
        });

        scim.MapPost("/.search", async (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var request = await ScimSearch.ReadAsync(http, ct);
            if (!request.IsSuccess) return request.Problem.ToResult(dialect);
            if (request.Value.Cursor is not null)
            {
                return ScimProblem.InvalidValue("Cursor paging is per resource type: search /Users/.search or /Groups/.search.").ToResult(dialect);
            }

            return await SearchBothAsync(http, companyKey, sender, urls, request.Value, ct);
        });
    }

    private static async Task<IResult> SearchBothAsync(HttpContext http, string companyKey, ISender sender, PublicUrls urls, ScimListRequest request, CancellationToken ct)
    {
        var dialect = ScimV2Dialect.Instance;
        var usersQuery = ScimUserEndpoints.ReadQuery(http, request);
        var groupsQuery = ScimGroupEndpoints.ReadQuery(http, request);
        if (!usersQuery.IsSuccess && !groupsQuery.IsSuccess) return usersQuery.Problem.ToResult(dialect);

        var (skip, take) = (request.Paging.Skip, request.Paging.Count);
        var usersTotal = 0;
        IReadOnlyList<UserView> users = [];
        if (usersQuery.IsSuccess)
        {
            var counted = await sender.Send(usersQuery.Value with { Skip = 0, Take = 0 }, ct);
            if (!counted.IsSuccess) return ScimProblem.From(counted.Errors).ToResult(dialect);
            usersTotal = counted.Value.TotalResults;
            if (skip < usersTotal && take > 0)
            {
                var page = await sender.Send(usersQuery.Value with { Skip = skip, Take = take }, ct);
                if (!page.IsSuccess) return ScimProblem.From(page.Errors).ToResult(dialect);
                users = page.Value.Users;
            }
        }

        GroupPage? groups = null;
        if (groupsQuery.IsSuccess)
        {
            var remaining = take - users.Count;
            var result = await sender.Send(groupsQuery.Value with { Skip = Math.Max(0, skip - usersTotal), Take = remaining }, ct);
            if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);
            groups = result.Value;
        }

        var usersUrl = ScimUrls.Resources(urls, dialect, companyKey, "Users");
        var groupsUrl = ScimUrls.Resources(urls, dialect, companyKey, "Groups");
        var selection = request.Selection;
        var total = usersTotal + (groups?.TotalResults ?? 0);
        var envelope = dialect.ListResponse([], total, request.Paging.StartIndex);
        return new ScimStreamResult(dialect, StatusCodes.Status200OK, async (writer, token) =>
        {
            writer.WriteStartObject();
            foreach (var (name, value) in envelope)
            {
                if (name is "Resources" or "itemsPerPage") continue;
                writer.WritePropertyName(name);
                value!.WriteTo(writer);
            }

            writer.WriteNumber("itemsPerPage", users.Count + (groups?.Groups.Count ?? 0));
            writer.WriteStartArray("Resources");
            foreach (var user in users) ((JsonNode)ScimUserWriter.Write(user, dialect, usersUrl, selection)).WriteTo(writer);
            if (groups is not null)
            {
                await using var members = groups.Members is null ? null : new GroupMembersCursor(groups.Members, token);
                foreach (var group in groups.Groups)
                {
                    await ScimGroupWriter.WriteAsync(writer, group, members?.MembersOf(group.Id), dialect, groupsUrl, usersUrl, selection, token);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
