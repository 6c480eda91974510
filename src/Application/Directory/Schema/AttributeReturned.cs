namespace Platform.Application.Directory.Schema;

/// <summary>When an attribute appears in a response (RFC 7643 §7, <c>returned</c>).</summary>
public enum AttributeReturned
{
    /// <summary>Unless excluded by <c>attributes</c> naming others or <c>excludedAttributes</c> naming it.</summary>
    Default,

    /// <summary>In every response, whatever <c>attributes</c> and <c>excludedAttributes</c> say.</summary>
    Always,

    /// <summary>Only when <c>attributes</c> names it.</summary>
    Request,

    /// <summary>Never (a password).</summary>
    Never,
}
