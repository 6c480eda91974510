using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// The SCIM flows and races on Citus (<c>Database:Provider=Citus</c>, a coordinator and two workers): Okta's SCIM 1.1
/// and 2.0 and Entra's user and group flows answer byte for byte as recorded on PostgreSQL, and the races end as they
/// do there. The connection refuses any query Citus would split across shards, so each passing request was routed to
/// its company's shard.
/// </summary>
public sealed class CitusScimTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusTheory]
    [InlineData("okta-scim11")]
    [InlineData("okta-scim20")]
    [InlineData("entra-scim20")]
    public Task Flow_OnCitus_AnswersAsRecorded(string transcript) => WireTranscriptTests.ReplayAsync(factory, transcript);

    [CitusFact]
    public Task ConcurrentDuplicateCreates_OnCitus_OneWinsTheRestAre409() => OktaUserProvisioningTests.ConcurrentDuplicatesAsync(factory);

    [CitusFact]
    public Task ParallelPatchesOfOneUser_OnCitus_AllApply() => RobustnessTests.ParallelPatchesOfOneUserAsync(factory);

    [CitusFact]
    public Task ParallelMembershipPatches_OnCitus_LoseNoUpdate() => OktaPushGroupsTests.ParallelMembershipPatchesAsync(factory);

    [CitusFact]
    public Task AddingAMemberWhileTheUserIsDeleted_OnCitus_IsNeverA500() => RobustnessTests.AddingAMemberWhileTheUserIsDeletedAsync(factory);

    [CitusFact]
    public Task GroupDeleteRacingAPatch_OnCitus_IsNeverA500() => RobustnessTests.GroupDeleteRacingAPatchAsync(factory);
}
