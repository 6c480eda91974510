namespace Platform.Application.Integrations;

/// <param name="CredentialsVerified">
/// A SCIM request authenticated with the current token has been seen since the token was issued. Okta's
/// "Test API Credentials" makes such a request, so this is how the console knows the test passed.
/// </param>
/// <param name="RecentFailures">The company's recent refused SCIM requests, newest first (all its integrations share them).</param>
public sealed record IntegrationStatusView(IntegrationView Integration, bool CredentialsVerified, IReadOnlyList<ScimAuthenticationFailure> RecentFailures)
{
    /// <summary>The last thing the identity provider did was fail to authenticate: the set-up is broken right now.</summary>
    public bool FailingNow => RecentFailures.Count > 0 && (Integration.LastUsedAt is null || RecentFailures[0].At > Integration.LastUsedAt);
}
