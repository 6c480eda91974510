namespace Platform.Application.Directory.Filtering;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names are the SCIM value kinds.")]
public enum FilterValueKind
{
    String,
    Boolean,
    Number,
    DateTime,
}
