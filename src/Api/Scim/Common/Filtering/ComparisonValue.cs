namespace Platform.Api.Scim.Common.Filtering;

/// <summary>The literal on the right of a comparison (RFC 7644 §3.4.2.2 <c>compValue</c>): one of the four subtypes.</summary>
public abstract record ComparisonValue
{
    private protected ComparisonValue()
    {
    }
}

/// <summary>A JSON string, escapes already decoded.</summary>
public sealed record StringValue(string Value) : ComparisonValue;

/// <summary>A JSON number; decimal keeps <c>0.1</c> and long ids exact, which double would not.</summary>
public sealed record NumberValue(decimal Value) : ComparisonValue;

public sealed record BooleanValue(bool Value) : ComparisonValue;

public sealed record NullValue : ComparisonValue
{
    private NullValue()
    {
    }

    public static NullValue Instance { get; } = new();
}
