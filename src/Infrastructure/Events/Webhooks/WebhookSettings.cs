namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>The <c>Webhooks</c> settings (docs/events.md, "Webhooks").</summary>
public sealed class WebhookSettings
{
    public const string SectionName = "Webhooks";

    /// <summary>The retry delays after the first, second, … failed attempt of an event; the last one repeats.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8),
    ];

    /// <summary>Whether this process delivers (every replica may; they share the work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Deliver to loopback, link-local, private, CGNAT and other non-public addresses (SSRF guard off). For tests and closed networks.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Non-public networks that are allowed all the same, in CIDR notation (e.g. <c>10.20.0.0/16</c>).</summary>
    public string[]? AllowedNetworks { get; set; }

    /// <summary>Overrides <see cref="DefaultRetryDelays"/>.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>An event that has failed for this long since its first failed attempt stops the endpoint (failed).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often a replica looks for new events and due retries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The whole request, connecting included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Endpoints one replica delivers to at the same time.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Events read per endpoint at a time.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a replica holds an endpoint it claimed; a replica that stops is replaced after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays => RetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;

    /// <summary>The wait after the <paramref name="failures"/>th failure of an event, ±20 % so that retries of many endpoints spread out.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var delays = EffectiveRetryDelays;
        var delay = delays[Math.Clamp(failures - 1, 0, delays.Count - 1)];
        return delay * (0.8 + (0.4 * Random.Shared.NextDouble()));
    }
}
