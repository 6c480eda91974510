namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>A test that needs Citus: skipped, saying how to install it, where no PostgreSQL has the extension.</summary>
public sealed class CitusFactAttribute : FactAttribute
{
    public CitusFactAttribute()
    {
        if (!CitusCluster.IsAvailable) Skip = CitusCluster.NotInstalled;
    }
}
