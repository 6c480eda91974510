namespace Platform.Api.Scim.Common.Filtering;

/// <summary><c>a and b</c>, <c>a or b</c>. Chains are left-associative: <c>a or b or c</c> is <c>(a or b) or c</c>.</summary>
public sealed record LogicalFilter(LogicalOperator Operator, ScimFilter Left, ScimFilter Right) : ScimFilter;
