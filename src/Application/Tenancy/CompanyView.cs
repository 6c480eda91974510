namespace Platform.Application.Tenancy;

public sealed record CompanyView(Guid Id, string Key, string Name, DateTimeOffset CreatedAt);
