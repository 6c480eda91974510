using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>
/// Turns a captured SCIM body into what the request log may keep: the JSON, pretty-printed, with every password
/// removed — a <c>password</c> member at any depth and in any case (SCIM 1.1 and 2.0 resources, PATCH values), and
/// the value of a PATCH operation whose path is the password. Password is the only write-only attribute the server's
/// schemas have. Anything that is not complete, valid JSON is described, never kept: its bytes could hold a secret
/// the parser could not find.
/// </summary>
public static class ScimBodyRedactor
{
    private const string Password = "password";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body as the log keeps it, or <c>null</c> when there was none.</summary>
    /// <param name="complete">Whether <paramref name="captured"/> is all of the body (<paramref name="totalBytes"/> long).</param>
    /// <remarks>
    /// Most bodies hold no password: those are checked to be JSON (a pass of the reader, no allocation) and kept as
    /// sent. Only a body that mentions <c>password</c> in any case, or has a <c>\u</c> escape that could spell it, is
    /// parsed, edited and written again. Pretty-printing is left to whoever shows the body.
    /// </remarks>
    public static string? Redact(ReadOnlySpan<byte> captured, bool complete, long totalBytes)
    {
        if (totalBytes == 0) return null;
        if (!complete) return $"(JSON body of {totalBytes} bytes, too large to keep in the log)";
        if (!IsJson(captured)) return NotJson(totalBytes);
        if (!MayHoldPassword(captured)) return Encoding.UTF8.GetString(captured);
        try
        {
            var node = JsonNode.Parse(captured, documentOptions: DocumentOptions);
            RemovePasswords(node);
            return node is null ? "null" : node.ToJsonString(Compact);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return NotJson(totalBytes);
        }
    }

    /// <summary>A kept body, indented for reading (it is kept as sent); anything that is not JSON is shown as it is.</summary>
    public static string Indent(string body)
    {
        try
        {
            return JsonNode.Parse(body, documentOptions: DocumentOptions)?.ToJsonString(Pretty) ?? body;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return body;
        }
    }

    /// <summary>The <c>scimType</c> and <c>detail</c> of a SCIM error body (both versions write them at the top level).</summary>
    public static (string? ScimType, string? Detail) ErrorOf(string? redactedBody)
    {
        if (redactedBody is null || !redactedBody.StartsWith('{')) return (null, null);
        try
        {
            var body = JsonNode.Parse(redactedBody) as JsonObject;
            return (StringOf(body?["scimType"]), StringOf(body?["detail"]));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>A body the capture cut short that is the server's own (never holds a password or a token): its start, with a marker.</summary>
    public static string Prefix(ReadOnlySpan<byte> captured, long totalBytes) =>
        Encoding.UTF8.GetString(captured) + $"\n… (cut: {totalBytes} bytes in all)";

    private static string NotJson(long totalBytes) => $"(not JSON, {totalBytes} bytes)";

    private static bool IsJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = DocumentOptions.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool MayHoldPassword(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf("\\u"u8) >= 0) return true;
        for (var at = body.IndexOfAny((byte)'p', (byte)'P'); at >= 0 && at + Password.Length <= body.Length; at = NextP(body, at))
        {
            if (System.Text.Ascii.EqualsIgnoreCase(body.Slice(at, Password.Length), "password"u8)) return true;
        }

        return false;
    }

    private static int NextP(ReadOnlySpan<byte> body, int at)
    {
        var next = body[(at + 1)..].IndexOfAny((byte)'p', (byte)'P');
        return next < 0 ? -1 : at + 1 + next;
    }

    private static void RemovePasswords(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(IsPassword).ToList()) obj.Remove(key);
                if (obj["path"] is JsonValue path && path.TryGetValue<string>(out var target) && IsPasswordPath(target)) obj.Remove("value");
                foreach (var (_, value) in obj) RemovePasswords(value);
                break;
            case JsonArray array:
                foreach (var item in array) RemovePasswords(item);
                break;
        }
    }

    private static bool IsPassword(string name) => name.Equals(Password, StringComparison.OrdinalIgnoreCase) || IsPasswordPath(name);

    /// <summary><c>password</c>, or a schema-qualified one (<c>urn:…:User:password</c>) as a PATCH path or a member name.</summary>
    private static bool IsPasswordPath(string path)
    {
        var trimmed = path.Trim();
        var attribute = trimmed[(trimmed.LastIndexOf(':') + 1)..];
        return attribute.Equals(Password, StringComparison.OrdinalIgnoreCase);
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
