namespace Platform.Api.Scim.Common.Filtering;

/// <summary><c>userName eq "bjensen"</c>. The parser checks syntax only; whether an operator suits the attribute's type is the endpoint's call.</summary>
public sealed record ComparisonFilter(AttributePath Path, ComparisonOperator Operator, ComparisonValue Value) : ScimFilter;
