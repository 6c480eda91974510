using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>A SCIM token in clear, which exists only in the response that issued it, and what is stored of it.</summary>
public sealed record IssuedScimToken(string Token, ScimTokenDigest Digest);
