namespace Platform.Api.Tenancy;

public sealed record SignInRequest(string? CompanyKey, string? Email, string? Password);
