using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Bulk;

namespace Platform.Api.Scim.V1;

/// <summary>
/// SCIM 1.1's bulk messages (protocol §3.7): the core schema on request and response, and <c>status</c> an object
/// whose <c>code</c> is the HTTP status and whose <c>description</c> says why a failure failed.
/// </summary>
public static class ScimV1Bulk
{
    public static readonly ScimBulkMessages Messages = new(ScimV1Dialect.CoreSchema, ScimV1Dialect.CoreSchema, WriteStatus);

    private static void WriteStatus(JsonObject operation, int status, JsonObject? error)
    {
        var written = new JsonObject { ["code"] = status.ToString(CultureInfo.InvariantCulture) };
        if (error?["detail"] is { } detail) written["description"] = detail.DeepClone();
        operation["status"] = written;
    }
}
