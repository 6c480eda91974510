using System.Text.Json.Nodes;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Scim.Common.Patching;
using Platform.Application.Common.Results;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.Api.Scim.Common.Users;

/// <summary>
/// The /Users endpoints, the same for both versions except for the wire dialect and how a PATCH body is read
/// (a 1.1 partial resource or a 2.0 PatchOp), which each version passes in.
/// </summary>
public static class ScimUserEndpoints
{
    public delegate ScimResult PatchReader(JsonObject body, ScimUserChangeBuilder changes);

    public static void MapUsers(RouteGroupBuilder scim, IScimDialect dialect, PatchReader readPatch)
    {
        scim.MapGet("/Users", (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
            ListAsync(http, dialect, companyKey, sender, urls, ct));

        scim.MapGet("/Users/{id}", async (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
        {
            var client = ScimAuthenticationFilter.ClientOf(http);
            var result = await sender.Send(new GetUserQuery(client.CompanyId, id), ct);
            return result.IsSuccess && ScimEntityTags.NoneMatch(http.Request, result.Value.Version)
                ? ScimEntityTags.NotModified(http, result.Value.Version)
                : Respond(http, dialect, result, UsersUrl(urls, dialect, companyKey));
        });

        scim.MapPost("/Users", (HttpContext http, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct) =>
            CreateAsync(http, dialect, companyKey, sender, urls, ct));

        scim.MapPut("/Users/{id}", (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
            ReplaceAsync(http, dialect, companyKey, id, sender, urls, ct));

        scim.MapPatch("/Users/{id}", (HttpContext http, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct) =>
            PatchAsync(http, dialect, readPatch, companyKey, id, sender, urls, ct));

        scim.MapDelete("/Users/{id}", (HttpContext http, string id, ISender sender, CancellationToken ct) =>
            DeleteAsync(http, dialect, id, sender, ct));
    }

    /// <summary>POST /Users, and a bulk request's POST operation (<c>ScimBulkProcessor</c>), which calls it on a request of its own.</summary>
    public static async Task<IResult> CreateAsync(HttpContext http, IScimDialect dialect, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var resource = await ReadResourceAsync(http, ct);
        if (!resource.IsSuccess) return resource.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var result = await sender.Send(new CreateUserCommand(client.CompanyId, resource.Value.Profile, client.Actor), ct);
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);
        await NoteExtensionsAsync(http, result.Value, ct);

        var location = $"{UsersUrl(urls, dialect, companyKey)}/{result.Value.Id}";
        http.Response.Headers.Location = location;
        http.Response.Headers.ETag = ScimUserWriter.ETag(result.Value.Version);
        var written = ScimUserWriter.Write(result.Value, dialect, UsersUrl(urls, dialect, companyKey), ScimAttributeSelection.From(http.Request.Query));
        return ScimResponses.Json(dialect, written, StatusCodes.Status201Created);
    }

    public static async Task<IResult> ReplaceAsync(HttpContext http, IScimDialect dialect, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var resource = await ReadResourceAsync(http, ct);
        if (!resource.IsSuccess) return resource.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var (profile, activeGiven) = resource.Value;
        var result = await sender.Send(new ReplaceUserCommand(client.CompanyId, id, profile, KeepActive: !activeGiven, client.Actor, ScimEntityTags.IfMatch(http.Request)), ct);
        if (result.IsSuccess) await NoteExtensionsAsync(http, result.Value, ct);
        return Respond(http, dialect, result, UsersUrl(urls, dialect, companyKey));
    }

    public static async Task<IResult> PatchAsync(HttpContext http, IScimDialect dialect, PatchReader readPatch, string companyKey, string id, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var body = await ScimRequestBody.ReadObjectAsync(http.Request, ct);
        if (!body.IsSuccess) return body.Problem.ToResult(dialect);

        var builder = new ScimUserChangeBuilder();
        if (readPatch(body.Value, builder) is { IsSuccess: false } invalid) return invalid.Problem.ToResult(dialect);

        var client = ScimAuthenticationFilter.ClientOf(http);
        var changes = builder.Changes;
        var expected = ScimEntityTags.IfMatch(http.Request);
        // Okta's deactivate and reactivate carry nothing but active: they get their own use cases.
        var result = changes.OnlyActive
            ? changes.Active.Value
                ? await sender.Send(new ReactivateUserCommand(client.CompanyId, id, client.Actor, expected), ct)
                : await sender.Send(new DeactivateUserCommand(client.CompanyId, id, client.Actor, expected), ct)
            : await sender.Send(new PatchUserCommand(client.CompanyId, id, changes, client.Actor, expected), ct);
        if (result.IsSuccess && changes.CustomExtensions.Count + changes.CustomExtensionAttributes.Count > 0) await NoteExtensionsAsync(http, result.Value, ct);
        return Respond(http, dialect, result, UsersUrl(urls, dialect, companyKey));
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, IScimDialect dialect, string id, ISender sender, CancellationToken ct)
    {
        var client = ScimAuthenticationFilter.ClientOf(http);
        var result = await sender.Send(new DeleteUserCommand(client.CompanyId, id, client.Actor, ScimEntityTags.IfMatch(http.Request)), ct);
        return result.IsSuccess ? Results.NoContent() : ScimProblem.From(result.Errors).ToResult(dialect);
    }

    private static string UsersUrl(PublicUrls urls, IScimDialect dialect, string companyKey) => ScimUrls.Resources(urls, dialect, companyKey, "Users");

    private static async Task<IResult> ListAsync(HttpContext http, IScimDialect dialect, string companyKey, ISender sender, PublicUrls urls, CancellationToken ct)
    {
        var request = ScimListRequest.FromQuery(http.Request.Query);
        return request.IsSuccess ? await ListAsync(http, dialect, companyKey, sender, urls, request.Value, ct) : request.Problem.ToResult(dialect);
    }

    /// <summary>A list of users as GET /Users and POST /Users/.search answer it.</summary>
    public static async Task<IResult> ListAsync(HttpContext http, IScimDialect dialect, string companyKey, ISender sender, PublicUrls urls, ScimListRequest request, CancellationToken ct)
    {
        var query = ReadQuery(http, request);
        if (!query.IsSuccess) return query.Problem.ToResult(dialect);

        var result = await sender.Send(query.Value, ct);
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);

        var usersUrl = UsersUrl(urls, dialect, companyKey);
        var selection = request.Selection;
        var resources = result.Value.Users.Select(user => (JsonNode)ScimUserWriter.Write(user, dialect, usersUrl, selection)).ToList();
        var body = dialect.ListResponse(resources, result.Value.TotalResults, request.Paging.StartIndex);
        if (request.Cursor is not null) ScimCursor.Shape(body, NextCursor(http, request, result.Value.Next), result.Value.TotalCounted);
        return ScimResponses.Json(dialect, body);
    }

    /// <summary>The use case's query for a list request: filter, sort, and index or cursor paging.</summary>
    public static ScimResult<ListUsersQuery> ReadQuery(HttpContext http, ScimListRequest request)
    {
        var filter = ScimUserFilterTranslator.Translate(request.Filter);
        if (!filter.IsSuccess) return filter.Problem;
        var sort = ScimSorting.Read(request.SortBy, request.SortOrder, DirectoryCatalogue.UserType);
        if (!sort.IsSuccess) return sort.Problem;

        var client = ScimAuthenticationFilter.ClientOf(http);
        KeysetPaging? keyset = null;
        if (request.Cursor is not null)
        {
            var read = ScimCursor.Read(request.Cursor, client.CompanyId, ScimCursor.Scope("User", request), http.RequestServices.GetRequiredService<TimeProvider>());
            if (!read.IsSuccess) return read.Problem;
            keyset = read.Value;
        }

        return new ListUsersQuery(client.CompanyId, filter.Value, request.Paging.Skip, request.Paging.Count, sort.Value.Sort, keyset);
    }

    private static string? NextCursor(HttpContext http, ScimListRequest request, KeysetPosition? next) =>
        next is null ? null : ScimCursor.Write(next, ScimAuthenticationFilter.ClientOf(http).CompanyId, ScimCursor.Scope("User", request), http.RequestServices.GetRequiredService<TimeProvider>());

    /// <summary>A whole user resource (POST, PUT): every attribute it does not mention is empty.</summary>
    private static async Task<ScimResult<(UserProfile Profile, bool ActiveGiven)>> ReadResourceAsync(HttpContext http, CancellationToken ct)
    {
        var body = await ScimRequestBody.ReadObjectAsync(http.Request, ct);
        if (!body.IsSuccess) return body.Problem;

        var builder = new ScimUserChangeBuilder();
        if (builder.ApplyResource(body.Value, ScimPatchOperation.Replace) is { IsSuccess: false } invalid) return invalid.Problem;
        if (!builder.Changes.UserName.HasValue || string.IsNullOrWhiteSpace(builder.Changes.UserName.Value))
        {
            return ScimProblem.InvalidValue("userName is required and cannot be empty.");
        }

        return (builder.Changes.ApplyTo(new UserProfile(string.Empty)), builder.Changes.Active.HasValue);
    }

    private static IResult Respond(HttpContext http, IScimDialect dialect, Result<UserView> result, string usersUrl)
    {
        if (!result.IsSuccess) return ScimProblem.From(result.Errors).ToResult(dialect);
        http.Response.Headers.ETag = ScimUserWriter.ETag(result.Value.Version);
        return ScimResponses.Json(dialect, ScimUserWriter.Write(result.Value, dialect, usersUrl, ScimAttributeSelection.From(http.Request.Query)));
    }

    private static ValueTask NoteExtensionsAsync(HttpContext http, UserView user, CancellationToken ct) =>
        ScimSeenExtensions.NoteAsync(http, DirectoryCatalogue.UserType.Name, user.Profile.CustomExtensions, ct);
}
