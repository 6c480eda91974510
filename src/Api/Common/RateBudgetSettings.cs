using Platform.Application.Common;

namespace Platform.Api.Common;

/// <summary>One budget's token bucket: <see cref="PermitsPerSecond"/> sustained, up to <see cref="Burst"/> at once.</summary>
public sealed class RateBudgetSettings
{
    public const string SectionName = "RateLimiting";

    public double PermitsPerSecond { get; set; }

    public int Burst { get; set; }

    /// <summary>
    /// The defaults: a SCIM budget far above what Okta (a handful of concurrent requests) and Entra (tens per second)
    /// send at full speed, and above what one company can drive a replica to on a small machine (about 6,000 reads a
    /// second on 2 cores, bench/README.md): a guard against a runaway client, not a quota that a benchmark or a
    /// burst of imports runs into. Wrong tokens and failed sign-ins few enough to make guessing and lockouts slow.
    /// </summary>
    public static RateBudgetSettings DefaultFor(RateBudgetKind kind) => kind switch
    {
        RateBudgetKind.Scim => new() { PermitsPerSecond = 10_000, Burst = 20_000 },
        RateBudgetKind.ScimWrongTokenPerCompany => new() { PermitsPerSecond = 1, Burst = 60 },
        RateBudgetKind.ScimWrongTokenPerAddress => new() { PermitsPerSecond = 1, Burst = 30 },
        RateBudgetKind.SignInPerAddress => new() { PermitsPerSecond = 1.0 / 60, Burst = 10 },
        RateBudgetKind.Events => new() { PermitsPerSecond = 100, Burst = 1_000 },
        RateBudgetKind.ApiKeyWrongPerAddress => new() { PermitsPerSecond = 1, Burst = 30 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static RateBudgetSettings Read(IConfiguration configuration, RateBudgetKind kind)
    {
        var settings = DefaultFor(kind);
        configuration.GetSection($"{SectionName}:{kind}").Bind(settings);
        if (settings.PermitsPerSecond <= 0 || settings.Burst < 1)
        {
            throw new InvalidSettingException($"{SectionName}:{kind}", "PermitsPerSecond must be above 0 and Burst at least 1");
        }

        return settings;
    }
}
