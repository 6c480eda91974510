using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// Webhooks on Citus: the app's connection refuses any statement that spans shards, so the deliveries' reads and
/// writes of events and attempts stayed single-shard and the claim across companies stayed on the coordinator.
/// </summary>
public sealed class CitusWebhooksTests(CitusWebhooksApiFactory factory) : IClassFixture<CitusWebhooksApiFactory>
{
    [CitusFact]
    public Task OktaRun_OnCitus_ReceiverGetsEveryEventSignedInOrder() => WebhooksTests.OktaRunAsync(factory);
}
