namespace Platform.Infrastructure.Integrations;

/// <summary>The <c>RequestLog</c> configuration section: how long the SCIM request log is kept and how fast it is written.</summary>
public sealed class RequestLogSettings
{
    public const string SectionName = "RequestLog";

    /// <summary>Rows older than this many days are pruned.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>Past this many rows per company, the oldest are pruned.</summary>
    public int MaxRowsPerCompany { get; set; } = 10_000;

    /// <summary>Records waiting to be written; beyond it new records are counted and dropped, never waited for.</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>At most this many refused (401) requests per company and minute are recorded by one server process.</summary>
    public int RefusalsPerMinutePerCompany { get; set; } = 20;

    /// <summary>How often the pruner runs.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(5);
}
