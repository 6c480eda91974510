namespace Platform.Api.FunctionalTests.Events;

/// <summary>Webhooks on the embedded SQLite database: one process claims without row locks.</summary>
public sealed class SqliteWebhooksTests(SqliteWebhooksApiFactory factory) : IClassFixture<SqliteWebhooksApiFactory>
{
    [Fact]
    public Task OktaRun_OnSqlite_ReceiverGetsEveryEventSignedInOrder() => WebhooksTests.OktaRunAsync(factory);
}
