using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// What differs between the versions' bulk messages: the schema URNs of the request and the response, and how an
/// operation's outcome is written (<paramref name="WriteStatus"/> gets the operation's response object, the HTTP
/// status and, for a failure, the SCIM error body in the caller's version).
/// </summary>
public sealed record ScimBulkMessages(string RequestSchema, string ResponseSchema, Action<JsonObject, int, JsonObject?> WriteStatus);
