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

