using System.Security.Cryptography;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Integrations;

namespace Platform.UnitTests.Infrastructure;

public sealed class ScimClientCacheTests
{
    private static readonly byte[] Hash = SHA256.HashData("plat_scim_token"u8);
    private static readonly ScimClient Client = new(new CompanyId(Guid.NewGuid()), new IntegrationId(Guid.NewGuid()), IntegrationKind.Okta);

    [Fact]
    public void Remembered_IsFound_OnlyForTheSameCompanyKeyAndToken()
    {
        var cache = new ScimClientCache(new ManualClock(), startSuspended: false);
        cache.Remember("acme", Hash, Client, cache.Generation);

        Assert.True(cache.TryGet("acme", Hash, out var found));
        Assert.Same(Client, found);
        Assert.False(cache.TryGet("other", Hash, out _));
        Assert.False(cache.TryGet("acme", SHA256.HashData("plat_scim_tokem"u8), out _));
    }

    [Fact]
    public void ChangeWhileTheTokenWasBeingRead_IsNotRemembered()
    {
        var cache = new ScimClientCache(new ManualClock(), startSuspended: false);
        var generation = cache.Generation;

        cache.Invalidate();
        cache.Remember("acme", Hash, Client, generation);

        Assert.False(cache.TryGet("acme", Hash, out _));
    }

    [Fact]
    public void Invalidate_ForgetsEverything()
    {
        var cache = new ScimClientCache(new ManualClock(), startSuspended: false);
        cache.Remember("acme", Hash, Client, cache.Generation);

        cache.Invalidate();

        Assert.False(cache.TryGet("acme", Hash, out _));
    }

    [Fact]
    public void Suspended_NeitherAnswersNorRemembers_UntilResumed()
    {
        var cache = new ScimClientCache(new ManualClock(), startSuspended: true);
        cache.Remember("acme", Hash, Client, cache.Generation);
        Assert.False(cache.TryGet("acme", Hash, out _));

        cache.Resume();
        cache.Remember("acme", Hash, Client, cache.Generation);
        Assert.True(cache.TryGet("acme", Hash, out _));

        cache.Suspend();
        Assert.False(cache.TryGet("acme", Hash, out _));
        cache.Resume();
        Assert.False(cache.TryGet("acme", Hash, out _));
    }

    [Fact]
    public void Entry_ExpiresAfterItsLifetime()
    {
        var clock = new ManualClock();
        var cache = new ScimClientCache(clock, startSuspended: false);
        cache.Remember("acme", Hash, Client, cache.Generation);

        clock.Advance(ScimClientCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet("acme", Hash, out _));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cache.TryGet("acme", Hash, out _));
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
