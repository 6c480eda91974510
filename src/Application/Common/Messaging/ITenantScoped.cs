using Platform.Domain.Tenancy;

namespace Platform.Application.Common.Messaging;

/// <summary>A message that acts inside one company; the logging behaviour records which.</summary>
public interface ITenantScoped
{
    CompanyId CompanyId { get; }
}
