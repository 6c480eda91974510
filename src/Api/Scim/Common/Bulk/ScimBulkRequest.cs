namespace Platform.Api.Scim.Common.Bulk;

/// <summary>A bulk request as read: its operations in the order sent, and how many failures stop it (none: all run).</summary>
public sealed record ScimBulkRequest(int? FailOnErrors, IReadOnlyList<ScimBulkOperation> Operations);
