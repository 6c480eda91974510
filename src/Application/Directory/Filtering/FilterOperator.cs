namespace Platform.Application.Directory.Filtering;

/// <summary>RFC 7644 §3.4.2.2's comparison operators.</summary>
public enum FilterOperator
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
