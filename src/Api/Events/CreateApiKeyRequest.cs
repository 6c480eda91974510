namespace Platform.Api.Events;

/// <param name="Name">Which service uses the key, e.g. "HR sync".</param>
public sealed record CreateApiKeyRequest(string? Name);
