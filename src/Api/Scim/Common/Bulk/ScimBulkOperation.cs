using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// One operation of a bulk request as read. <see cref="Id"/> may still be a <c>bulkId:</c> reference, and
/// <see cref="References"/> names every bulkId it uses (in its path or anywhere in its data). An operation that could
/// not be read carries the <see cref="Problem"/> it is answered with, without running.
/// </summary>
/// <param name="Index">Its place in the request (0-based).</param>
/// <param name="Method">POST, PUT, PATCH or DELETE; whatever was sent when it is none of them.</param>
/// <param name="ResourceType"><c>Users</c> or <c>Groups</c>.</param>
public sealed record ScimBulkOperation(
    int Index,
    string? Method,
    string? BulkId,
    string? Version,
    string? ResourceType,
    string? Id,
    JsonObject? Data,
    IReadOnlySet<string> References,
    ScimProblem? Problem = null)
{
    public bool Declares(string bulkId) => Problem is null && Method == HttpMethods.Post && BulkId == bulkId;
}
