namespace Platform.Application.Integrations;

/// <summary>The answer to add and reset: the view plus the token in clear, which is never available again.</summary>
public sealed record IssuedIntegrationToken(IntegrationView Integration, string Token);
