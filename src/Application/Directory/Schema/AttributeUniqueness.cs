namespace Platform.Application.Directory.Schema;

/// <summary>The scope in which a value must be unique (RFC 7643 §7, <c>uniqueness</c>); "server" here means within one company.</summary>
public enum AttributeUniqueness
{
    None,
    Server,
    Global,
}
