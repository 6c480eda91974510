namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The same server with <c>Database:Provider=Citus</c>, on its own database of the run's <see cref="CitusCluster"/>;
/// it migrates and distributes the schema on start, as in production. Starts nothing where Citus is not installed
/// (the tests using it are then skipped).
/// </summary>
public sealed class CitusPlatformApiFactory : PlatformApiFactory
{
    protected override string Provider => "Citus";

    public override Task InitializeAsync() => CitusCluster.IsAvailable ? base.InitializeAsync() : Task.CompletedTask;

    protected override Task<string> CreateDatabaseAsync() => CitusCluster.Instance.CreateDatabaseAsync("platform_citus");
}
