using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

public sealed record SignedInAccount(Guid AccountId, Guid CompanyId, string CompanyKey, string CompanyName, string Email, AccountRole Role, Guid SessionStamp);
