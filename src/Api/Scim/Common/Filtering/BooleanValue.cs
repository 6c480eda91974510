namespace Platform.Api.Scim.Common.Filtering;

public sealed record BooleanValue(bool Value) : ComparisonValue;
