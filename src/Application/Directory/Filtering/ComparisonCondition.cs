namespace Platform.Application.Directory.Filtering;

/// <summary>
/// <c>title eq "x"</c>. On a multi-valued attribute (<c>emails.value</c>), true when some value compares so, except
/// <c>ne</c>, true when none is equal. The value's kind suits the attribute's type (the edge checks it).
/// </summary>
public sealed record ComparisonCondition(FilterAttribute Attribute, FilterOperator Operator, FilterValue Value) : DirectoryFilter;
