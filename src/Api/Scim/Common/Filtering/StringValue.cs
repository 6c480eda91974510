namespace Platform.Api.Scim.Common.Filtering;

/// <summary>A JSON string, escapes already decoded.</summary>
public sealed record StringValue(string Value) : ComparisonValue;
