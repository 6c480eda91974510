namespace Platform.Application.Directory.Filtering;

/// <summary>
/// A filter over users or groups, protocol-neutral: comparisons and presence tests on catalogue attributes, joined by
/// and/or/not, and value paths over multi-valued attributes. Every node is true or false for every resource (never
/// unknown): a comparison with an absent value is false, except <see cref="FilterOperator.NotEqual"/>, which is the
/// negation of <see cref="FilterOperator.Equal"/>; <see cref="NotCondition"/> is the complement. The subtypes are the
/// whole set.
/// </summary>
public abstract record DirectoryFilter
{
    private protected DirectoryFilter()
    {
    }
}
