using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>Reads a SCIM request body as one JSON object, within a size limit, whichever JSON media type it came as.</summary>
public static class ScimRequestBody
{
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>Group bodies carry member lists: a full push of a 100,000-member group is about 5 MB.</summary>
    public const int DefaultMaxGroupBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false };

    public static Task<ScimResult<JsonObject>> ReadObjectAsync(HttpRequest request, CancellationToken ct) =>
        ReadObjectAsync(request, "Scim:MaxRequestBodyBytes", DefaultMaxBytes, ct);

    public static Task<ScimResult<JsonObject>> ReadGroupAsync(HttpRequest request, CancellationToken ct) =>
        ReadObjectAsync(request, "Scim:MaxGroupRequestBodyBytes", DefaultMaxGroupBytes, ct);

    /// <summary>A /Bulk request, within the <c>maxPayloadSize</c> the server advertises; over it, RFC 7644 §3.7.4's 413 names it.</summary>
    public static Task<ScimResult<JsonObject>> ReadBulkAsync(HttpRequest request, int maxPayloadSize, CancellationToken ct) =>
        ReadObjectAsync(request, maxPayloadSize, new(StatusCodes.Status413PayloadTooLarge, $"The size of the bulk request exceeds maxPayloadSize ({maxPayloadSize} bytes)."), ct);

    private static Task<ScimResult<JsonObject>> ReadObjectAsync(HttpRequest request, string limitSetting, int defaultLimit, CancellationToken ct)
    {
        var maxBytes = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue(limitSetting, defaultLimit);
        return ReadObjectAsync(request, maxBytes, TooLarge(maxBytes), ct);
    }

    private static async Task<ScimResult<JsonObject>> ReadObjectAsync(HttpRequest request, int maxBytes, ScimProblem tooLarge, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return tooLarge;

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return tooLarge;
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) return ScimProblem.InvalidSyntax("The request has no body; send a JSON object.");
        try
        {
            var node = JsonNode.Parse(buffer.ToArray(), documentOptions: DocumentOptions);
            if (node is not JsonObject body) return ScimProblem.InvalidSyntax("The request body must be a JSON object.");
            return ContainsNul(body)
                ? ScimProblem.InvalidValue("The request body contains a NUL character (\\u0000), which no attribute may hold.")
                : body;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-16 once unescaped (a lone surrogate such as \ud800).
            return ScimProblem.InvalidSyntax($"The request body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads every property name and string once, so that duplicate keys and strings that cannot be decoded fail here,
    /// as a 400, and not later as a fault; and finds NUL characters, which PostgreSQL cannot store.
    /// </summary>
    private static bool ContainsNul(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(pair => pair.Key.Contains('\0', StringComparison.Ordinal) || ContainsNul(pair.Value)),
        JsonArray array => array.Any(ContainsNul),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Contains('\0', StringComparison.Ordinal),
        _ => false,
    };

    private static ScimProblem TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes / 1024} KB this server accepts.");
}
