using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>What differs between SCIM 1.1 and 2.0 on the wire for the parts every endpoint shares.</summary>
public interface IScimDialect
{
    string Name { get; }

    /// <summary>The version's segment in the base URL: <c>v1</c> or <c>v2</c>.</summary>
    string PathSegment { get; }

    string MediaType { get; }

    string UserSchema { get; }

    string EnterpriseUserSchema { get; }

    string GroupSchema { get; }

    /// <summary>Whether <c>meta</c> carries <c>resourceType</c> (2.0 only).</summary>
    bool MetaHasResourceType { get; }

    JsonObject ErrorBody(int status, string detail, string? scimType);

    JsonObject ListResponse(IReadOnlyList<JsonNode> resources, int totalResults, int startIndex);
}

public static class ScimResults
{
    // SCIM bodies are never embedded in HTML, so apostrophes and non-ASCII names are written as they are.
    private static readonly System.Text.Json.JsonSerializerOptions WireOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IResult Json(IScimDialect dialect, JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(WireOptions), dialect.MediaType, System.Text.Encoding.UTF8, status);

    public static IResult Error(IScimDialect dialect, int status, string detail, string? scimType = null) =>
        Json(dialect, dialect.ErrorBody(status, detail, scimType), status);

    public static IResult List(IScimDialect dialect, IReadOnlyList<JsonNode> resources, int totalResults, int startIndex) =>
        Json(dialect, dialect.ListResponse(resources, totalResults, startIndex));
}
