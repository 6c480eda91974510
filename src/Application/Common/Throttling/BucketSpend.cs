using Platform.Domain.Tenancy;

namespace Platform.Application.Common.Throttling;

/// <summary>Permits taken from one company's rate budget named <paramref name="Bucket"/> (e.g. its SCIM requests).</summary>
public sealed record BucketSpend(CompanyId CompanyId, string Bucket, long Spent);
