using Platform.Domain.Events;

namespace Platform.Application.Events;

public sealed record IssuedApiKeySecret(string Key, ApiKeyDigest Digest);
