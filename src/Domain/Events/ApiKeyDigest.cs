namespace Platform.Domain.Events;

/// <summary>What is stored of an API key: a SHA-256 hash and a masked hint for display.</summary>
public sealed record ApiKeyDigest(byte[] Hash, string Hint);
