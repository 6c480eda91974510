using Platform.Application.Integrations;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Api.Scim.Common;

/// <summary>The request's <see cref="IScimRefusals"/>: what authentication refused, read back by <see cref="ScimRequestRecorder"/>.</summary>
public sealed class ScimRefusalNote : IScimRefusals
{
    public CompanyId? CompanyId { get; private set; }

    public ScimRefusal? Reason { get; private set; }

    public void Note(CompanyId companyId, ScimRefusal reason)
    {
        CompanyId = companyId;
        Reason = reason;
    }
}
