using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>Reads a SCIM request body as one JSON object, within a size limit, whichever JSON media type it came as.</summary>
public static class ScimRequestBody
{
    public const int DefaultMaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false };

    public static async Task<(JsonObject? Body, ScimProblem? Problem)> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        var maxBytes = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>().GetValue("Scim:MaxRequestBodyBytes", DefaultMaxBytes);
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0) return (null, ScimProblem.InvalidSyntax("The request has no body; send a JSON object."));
        try
        {
            var node = JsonNode.Parse(buffer.ToArray(), documentOptions: DocumentOptions);
            // Materialises the properties now, so that a duplicate key is a syntax error here and not a fault later.
            return node is JsonObject { Count: >= 0 } body
                ? (body, null)
                : (null, ScimProblem.InvalidSyntax("The request body must be a JSON object."));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return (null, ScimProblem.InvalidSyntax($"The request body is not valid JSON: {ex.Message}"));
        }
    }

    private static ScimProblem TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes / 1024} KB this server accepts.", "tooLarge");
}
