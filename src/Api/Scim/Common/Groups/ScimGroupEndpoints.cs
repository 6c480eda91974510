using System.Text.Json.Nodes;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Scim.Common.Patching;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Schema;
using Platform.Domain.Directory;
using Platform.Domain.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>The /Groups endpoints (Okta's Push Groups), the same for both versions except for the dialect and the PATCH body.</summary>
public static class ScimGroupEndpoints
{
    public delegate ScimResult PatchReader(JsonObject body, ScimGroupChangeBuilder changes);

    public static void MapGroups(RouteGroupBuilder scim, IScimDialect dialect, PatchReader readPatch)
    {
        scim.MapGet("/Groups", ListAsync(dialect));

        scim.MapGet("/Groups/{id}", (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
            RespondWithGroupAsync(http, dialect, sender, urls, companyKey, id, StatusCodes.Status200OK, ct));

        scim.MapPost("/Groups", (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
            CreateAsync(http, dialect, companyKey, sender, urls, ct));

        scim.MapPut("/Groups/{id}", (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
            ReplaceAsync(http, dialect, companyKey, id, sender, urls, ct));

        scim.MapPatch("/Groups/{id}", (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
            PatchAsync(http, dialect, readPatch, companyKey, id, sender, urls, ct));

        scim.MapDelete("/Groups/{id}", (HttpContext http, string id, ISender sender, CancellationToken ct) =>
            DeleteAsync(http, dialect, id, sender, ct));
    }

    /// <summary>POST /Groups, and a bulk request's POST operation (<c>ScimBulkProcessor</c>), which calls it on a request of its own.</summary>
    public static async Task<IResult> CreateAsync(HttpContext http, IScimDialect dialect, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var resource = await ReadResourceAsync(http, ct);
        if (!resource.IsSuccess) return resource.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var (profile, members) = resource.Value;
        var result = await sender.Send(new PushGroupCommand(client.CompanyId, profile, members, client.Actor), ct);
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);
        await ScimSeenExtensions.NoteAsync(http, DirectoryCatalogue.GroupType.Name, profile.CustomExtensions, ct);

        http.Response.Headers.Location = $"{ScimUrls.Resources(urls, dialect, companyKey, "Groups")}/{result.Value}";
        return await RespondWithGroupAsync(http, dialect, sender, urls, companyKey, result.Value, StatusCodes.Status201Created, ct);
    }

    public static async Task<IResult> ReplaceAsync(HttpContext http, IScimDialect dialect, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var resource = await ReadResourceAsync(http, ct);
        if (!resource.IsSuccess) return resource.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var (profile, members) = resource.Value;
        var result = await sender.Send(new ReplaceGroupCommand(client.CompanyId, id, profile, members, client.Actor, ScimEntityTags.IfMatch(http.Request)), ct);
        if (result.IsSuccess) await ScimSeenExtensions.NoteAsync(http, DirectoryCatalogue.GroupType.Name, profile.CustomExtensions, ct);
        return result.IsSuccess
            ? await RespondWithGroupAsync(http, dialect, sender, urls, companyKey, id, StatusCodes.Status200OK, ct)
            : ScimProblem.From(result.Errors).ToResult(dialect);
    }

    public static async Task<IResult> PatchAsync(HttpContext http, IScimDialect dialect, PatchReader readPatch, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var body = await ScimRequestBody.ReadGroupAsync(http.Request, ct);
        if (!body.IsSuccess) return body.Problem.ToResult(dialect);

        var builder = new ScimGroupChangeBuilder();
        if (readPatch(body.Value, builder) is { IsSuccess: false } invalid) return invalid.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var result = await sender.Send(new PatchGroupCommand(client.CompanyId, id, builder.Changes, builder.Members, client.Actor, ScimEntityTags.IfMatch(http.Request)), ct);
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);
        await ScimSeenExtensions.NoteAsync(http, DirectoryCatalogue.GroupType.Name, ExtensionObjects.Merge(null, builder.Changes.CustomExtensions), ct);

        // Okta and Entra accept 204; a client that names attributes gets the group back.
        return ScimAttributeSelection.From(http.Request.Query).IsExplicit
            ? await RespondWithGroupAsync(http, dialect, sender, urls, companyKey, id, StatusCodes.Status200OK, ct)
            : Results.NoContent();
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, IScimDialect dialect, string id, ISender sender, CancellationToken ct)
    {
        var client = ScimAuthenticationFilter.ClientOf(http);
        var result = await sender.Send(new DeleteGroupCommand(client.CompanyId, id, client.Actor, ScimEntityTags.IfMatch(http.Request)), ct);
        return result.IsSuccess ? Results.NoContent() : ScimProblem.From(result.Errors).ToResult(dialect);
    }

    private static Func<HttpContext, string, ISender, PublicUrls, CancellationToken, Task<IResult>> ListAsync(IScimDialect dialect) =>
        async (http, companyKey, sender, urls, ct) =>
        {
            var request = ScimListRequest.FromQuery(http.Request.Query);
            return request.IsSuccess ? await ListAsync(http, dialect, companyKey, sender, urls, request.Value, ct) : request.Problem.ToResult(dialect);
        };

    /// <summary>A list of groups as GET /Groups and POST /Groups/.search answer it, members streamed.</summary>
    public static async Task<IResult> ListAsync(HttpContext http, IScimDialect dialect, string companyKey, ISender sender, PublicUrls urls, ScimListRequest request, CancellationToken ct)
    {
        var query = ReadQuery(http, request);
        if (!query.IsSuccess) return query.Problem.ToResult(dialect);
        var result = await sender.Send(query.Value, ct);
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);

        var page = result.Value;
        var selection = request.Selection;
        var groupsUrl = ScimUrls.Resources(urls, dialect, companyKey, "Groups");
        var usersUrl = ScimUrls.Resources(urls, dialect, companyKey, "Users");
        var envelope = dialect.ListResponse([], page.TotalResults, request.Paging.StartIndex);
        if (request.Cursor is not null)
        {
            var next = page.Next is null ? null
                : ScimCursor.Write(page.Next, ScimAuthenticationFilter.ClientOf(http).CompanyId, ScimCursor.Scope("Group", request), http.RequestServices.GetRequiredService<TimeProvider>());
            ScimCursor.Shape(envelope, next, page.TotalCounted);
        }

        return new ScimStreamResult(dialect, StatusCodes.Status200OK, async (writer, token) =>
        {
            writer.WriteStartObject();
            foreach (var (name, value) in envelope)
            {
                if (name is "Resources" or "itemsPerPage") continue;
                writer.WritePropertyName(name);
                value!.WriteTo(writer);
            }

            writer.WriteNumber("itemsPerPage", page.Groups.Count);
            writer.WriteStartArray("Resources");
            await using var cursor = page.Members is null ? null : new GroupMembersCursor(page.Members, token);
            foreach (var group in page.Groups)
            {
                await ScimGroupWriter.WriteAsync(writer, group, cursor?.MembersOf(group.Id), dialect, groupsUrl, usersUrl, selection, token);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The use case's query for a list request: filter, sort, and index or cursor paging.</summary>
    public static ScimResult<ListGroupsQuery> ReadQuery(HttpContext http, ScimListRequest request)
    {
        var filter = ScimGroupFilterTranslator.Translate(request.Filter);
        if (!filter.IsSuccess) return filter.Problem;
        var sort = ScimSorting.Read(request.SortBy, request.SortOrder, DirectoryCatalogue.GroupType);
        if (!sort.IsSuccess) return sort.Problem;

        var client = ScimAuthenticationFilter.ClientOf(http);
        KeysetPaging? keyset = null;
        if (request.Cursor is not null)
        {
            var read = ScimCursor.Read(request.Cursor, client.CompanyId, ScimCursor.Scope("Group", request), http.RequestServices.GetRequiredService<TimeProvider>());
            if (!read.IsSuccess) return read.Problem;
            keyset = read.Value;
        }

        return new ListGroupsQuery(client.CompanyId, filter.Value, request.Paging.Skip, request.Paging.Count, request.Selection.Includes("members"), sort.Value.Sort, keyset);
    }

    private static async Task<IResult> RespondWithGroupAsync(HttpContext http, IScimDialect dialect, ISender sender, PublicUrls urls, string companyKey, string id, int status, CancellationToken ct)
    {
        var client = ScimAuthenticationFilter.ClientOf(http);
        var group = await sender.Send(new GetGroupQuery(client.CompanyId, id), ct);
        if (!group.IsSuccess) return ScimProblem.From(group.Errors).ToResult(dialect);
        if (HttpMethods.IsGet(http.Request.Method) && ScimEntityTags.NoneMatch(http.Request, group.Value.Version))
        {
            return ScimEntityTags.NotModified(http, group.Value.Version);
        }

        var selection = ScimAttributeSelection.From(http.Request.Query);
        var members = selection.Includes("members") ? await sender.Send(new StreamGroupMembersQuery(client.CompanyId, id), ct) : null;
        http.Response.Headers.ETag = ScimUserWriter.ETag(group.Value.Version);
        return new ScimStreamResult(dialect, status, (writer, token) => ScimGroupWriter.WriteAsync(
            writer,
            group.Value,
            members?.Value,
            dialect,
            ScimUrls.Resources(urls, dialect, companyKey, "Groups"),
            ScimUrls.Resources(urls, dialect, companyKey, "Users"),
            selection,
            token));
    }

    private static async Task<ScimResult<(GroupProfile Profile, IReadOnlyList<string> Members)>> ReadResourceAsync(HttpContext http, CancellationToken ct)
    {
        var body = await ScimRequestBody.ReadGroupAsync(http.Request, ct);
        if (!body.IsSuccess) return body.Problem;

        var builder = new ScimGroupChangeBuilder();
        if (builder.ApplyResource(body.Value, ScimPatchOperation.Replace) is { IsSuccess: false } invalid) return invalid.Problem;
        if (!builder.Changes.DisplayName.HasValue) return ScimProblem.InvalidValue("displayName is required.");

        IReadOnlyList<string> members = builder.Members.OfType<ReplaceMembers>().SelectMany(r => r.UserIds).ToList();
        return (builder.Changes.ApplyTo(new GroupProfile(string.Empty)), members);
    }
}
