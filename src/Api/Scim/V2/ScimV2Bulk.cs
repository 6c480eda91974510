using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Bulk;

namespace Platform.Api.Scim.V2;

/// <summary>RFC 7644 §3.7's bulk messages: <c>status</c> a string, and a failure's SCIM error body as <c>response</c>.</summary>
public static class ScimV2Bulk
{
    public const string RequestSchema = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public const string ResponseSchema = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    public static readonly ScimBulkMessages Messages = new(RequestSchema, ResponseSchema, WriteStatus);

    private static void WriteStatus(JsonObject operation, int status, JsonObject? error)
    {
        operation["status"] = status.ToString(CultureInfo.InvariantCulture);
        if (error is not null) operation["response"] = error;
    }
}
