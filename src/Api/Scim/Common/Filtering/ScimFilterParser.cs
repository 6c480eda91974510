namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// Reads the <c>filter</c> query parameter (RFC 7644 §3.4.2.2) into a <see cref="ScimFilter"/>. Operators, keywords
/// and literals are case-insensitive. Anything else, including Okta's bare <c>filter=SOMEUSERNAME</c>, is a failure
/// the endpoint answers with 400 <c>invalidFilter</c>.
/// </summary>
public static class ScimFilterParser
{
    /// <summary>Real clients send one short comparison; the cap keeps hostile input cheap to reject.</summary>
    public const int MaxLength = 4096;

    /// <summary>How deeply parentheses, <c>not (…)</c> and <c>[…]</c> may nest, so recursion stays shallow.</summary>
    public const int MaxDepth = 32;

    public static ScimResult<ScimFilter> Parse(string? text) => ScimFilterReader.Read(text, "filter", "invalidFilter", reader => reader.ReadWholeFilter());
}
