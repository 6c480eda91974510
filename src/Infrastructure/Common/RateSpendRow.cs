using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Common;

/// <summary>
/// One replica's running total of permits taken from one company's rate budget (<c>rate_spends</c>). Replicas add to
/// their own row and read the others'; a row not updated for a day is pruned.
/// </summary>
internal sealed class RateSpendRow
{
    public const int BucketMaxLength = 40;

    public CompanyId CompanyId { get; set; }

    public string Bucket { get; set; } = string.Empty;

    public Guid Replica { get; set; }

    public long Spent { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
