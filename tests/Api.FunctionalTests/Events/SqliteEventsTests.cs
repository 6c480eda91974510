using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>The events API on the embedded SQLite database, where the sequence alone is the commit order.</summary>
public sealed class SqliteEventsTests(SqlitePlatformApiFactory factory) : IClassFixture<SqlitePlatformApiFactory>
{
    [Fact]
    public Task OktaRun_OnSqlite_ReturnsEveryChangeInOrder() => EventsApiTests.OktaRunAsync(factory);

    [Fact]
    public Task ConcurrentWriters_OnSqlite_SeeEveryEventOnce() => EventsApiTests.ConcurrentWritersAsync(factory, writers: 20);
}
