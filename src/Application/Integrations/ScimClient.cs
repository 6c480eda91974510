using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>An authenticated identity provider, acting for one company.</summary>
public sealed record ScimClient(CompanyId CompanyId, IntegrationId IntegrationId, IntegrationKind Kind)
{
    public Actor Actor => new(ActorKind.Integration, IntegrationId.ToString(), $"{Kind} (SCIM)");
}
