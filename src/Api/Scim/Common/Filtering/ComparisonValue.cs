namespace Platform.Api.Scim.Common.Filtering;

/// <summary>The literal on the right of a comparison (RFC 7644 §3.4.2.2 <c>compValue</c>): one of the four subtypes.</summary>
public abstract record ComparisonValue
{
    private protected ComparisonValue()
    {
    }
}

