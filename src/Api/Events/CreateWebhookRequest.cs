namespace Platform.Api.Events;

/// <param name="Url">The receiver, http(s); it must resolve to public addresses unless the operator allows private networks.</param>
/// <param name="EventTypes">The event types to deliver (e.g. <c>user.deactivated</c>); leave out for all.</param>
public sealed record CreateWebhookRequest(string? Url, string? Description, IReadOnlyList<string>? EventTypes);
