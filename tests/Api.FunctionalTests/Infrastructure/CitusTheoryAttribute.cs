namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>The <see cref="CitusFactAttribute"/> of a theory.</summary>
public sealed class CitusTheoryAttribute : TheoryAttribute
{
    public CitusTheoryAttribute()
    {
        if (!CitusCluster.IsAvailable) Skip = CitusCluster.NotInstalled;
    }
}
