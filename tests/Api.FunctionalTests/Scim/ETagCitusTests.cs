using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>
/// The ETag writes on Citus: moving the members' versions and checking <c>If-Match</c> under the lock run on the
/// company's shard (the connection refuses anything else) and race as they do on PostgreSQL.
/// </summary>
public sealed class ETagCitusTests(CitusPlatformApiFactory factory) : IClassFixture<CitusPlatformApiFactory>
{
    [CitusFact]
    public Task MembershipChanges_MoveTheUsersETag_OnCitus() => ETagTests.MembershipChangesMoveTheUsersETagAsync(factory, "v2");

    [CitusFact]
    public Task ConcurrentGroupPatches_WithTheSameIfMatch_OnCitus_ExactlyOneWins() => ETagTests.ConcurrentGroupPatchesAsync(factory, "v2");
}
