using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>SCIM answers as HTTP results: a body in the caller's version and media type.</summary>
public static class ScimResponses
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
