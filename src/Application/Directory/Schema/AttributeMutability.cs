namespace Platform.Application.Directory.Schema;

/// <summary>Whether and when a client may write an attribute (RFC 7643 §7, <c>mutability</c>).</summary>
public enum AttributeMutability
{
    ReadWrite,
    ReadOnly,
    Immutable,
    WriteOnly,
}
