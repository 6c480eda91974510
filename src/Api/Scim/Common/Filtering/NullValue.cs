namespace Platform.Api.Scim.Common.Filtering;

public sealed record NullValue : ComparisonValue
{
    private NullValue()
    {
    }

    public static NullValue Instance { get; } = new();
}
