namespace Platform.Application.Events;

/// <summary>The answer to create: the view plus the key in clear, which is never available again.</summary>
public sealed record IssuedApiKey(ApiKeyView ApiKey, string Key);
