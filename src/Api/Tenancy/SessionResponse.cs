namespace Platform.Api.Tenancy;

public sealed record SessionResponse(Guid AccountId, string CompanyKey, string Email, string Role);
