using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// The events API on Citus: the coordinator fills <c>tx</c> and gives the visibility horizon, so the no-gap guarantee
/// holds as on PostgreSQL; the connection refuses any multi-shard query, so every write and read stayed single-shard.
/// </summary>
public sealed class CitusEventsTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusFact]
    public Task OktaRun_OnCitus_ReturnsEveryChangeInOrder() => EventsApiTests.OktaRunAsync(factory);

    [CitusFact]
    public Task TransactionCommittingAfterALaterOne_OnCitus_IsNeverSkipped() => EventsApiTests.NoGapAsync(factory);

    [CitusFact]
    public Task ConcurrentWriters_OnCitus_SeeEveryEventOnce() => EventsApiTests.ConcurrentWritersAsync(factory, writers: 30);
}
