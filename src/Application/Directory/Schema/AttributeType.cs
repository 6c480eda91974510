namespace Platform.Application.Directory.Schema;

/// <summary>An attribute's data type (RFC 7643 §2.3); the members are the RFC's names.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names are RFC 7643's data types.")]
public enum AttributeType
{
    String,
    Boolean,
    Decimal,
    Integer,
    DateTime,
    Binary,
    Reference,
    Complex,
}
