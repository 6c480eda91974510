namespace Platform.Api.Scim.Common.Filtering;

/// <summary>A JSON number; decimal keeps <c>0.1</c> and long ids exact, which double would not.</summary>
public sealed record NumberValue(decimal Value) : ComparisonValue;
