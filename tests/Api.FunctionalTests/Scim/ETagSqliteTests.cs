using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim;

/// <summary>A user's ETag moving with its groups on the embedded SQLite database, where the writes take another path.</summary>
public sealed class ETagSqliteTests(SqlitePlatformApiFactory factory) : IClassFixture<SqlitePlatformApiFactory>
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public Task MembershipChanges_MoveTheUsersETag_OnSqlite(string version) => ETagTests.MembershipChangesMoveTheUsersETagAsync(factory, version);
}
