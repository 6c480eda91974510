namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// A parsed SCIM filter (RFC 7644 §3.4.2.2). The subtypes below are the whole set, so endpoints can translate a filter
/// with one switch and treat anything they do not support as <c>invalidFilter</c>. Parentheses leave no node of
/// their own: they only shape the tree.
/// </summary>
public abstract record ScimFilter
{
    private protected ScimFilter()
    {
    }
}

public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Contains,
    StartsWith,
    EndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

public enum LogicalOperator
{
    And,
    Or,
}

/// <summary><c>userName eq "bjensen"</c>. The parser checks syntax only; whether an operator suits the attribute's type is the endpoint's call.</summary>
public sealed record ComparisonFilter(AttributePath Path, ComparisonOperator Operator, ComparisonValue Value) : ScimFilter;

/// <summary><c>title pr</c>: the attribute has a non-empty value.</summary>
public sealed record PresentFilter(AttributePath Path) : ScimFilter;

/// <summary><c>a and b</c>, <c>a or b</c>. Chains are left-associative: <c>a or b or c</c> is <c>(a or b) or c</c>.</summary>
public sealed record LogicalFilter(LogicalOperator Operator, ScimFilter Left, ScimFilter Right) : ScimFilter;

/// <summary><c>not (a)</c>.</summary>
public sealed record NotFilter(ScimFilter Operand) : ScimFilter;

/// <summary>
/// <c>emails[type eq "work"]</c>: some element of the multi-valued <see cref="Path"/> matches <see cref="Filter"/>,
/// whose attribute paths name sub-attributes of that element (<c>type</c> means <c>emails.type</c>).
/// </summary>
public sealed record ValuePathFilter(AttributePath Path, ScimFilter Filter) : ScimFilter;
