namespace Platform.Domain.Integrations;

/// <summary>What is stored of a SCIM token: a SHA-256 hash and a masked hint for display.</summary>
public sealed record ScimTokenDigest(byte[] Hash, string Hint);
