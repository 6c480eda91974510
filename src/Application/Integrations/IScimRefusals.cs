using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>
/// Per request: authentication notes here that it refused a request for a company that exists, and why, so that the
/// SCIM edge can put the refused request into that company's request log. Refusals for unknown companies are never
/// noted, so nobody can fill the log with made-up keys. Never holds the presented token.
/// </summary>
public interface IScimRefusals
{
    void Note(CompanyId companyId, ScimRefusal reason);
}
