namespace Platform.Domain.Integrations;

public enum IntegrationKind
{
    Okta = 1,
}
