namespace Platform.Application.Common.Persistence;

/// <summary>The database refused a write made while a racing request changed the same data.</summary>
public sealed class WriteConflictException(WriteConflictKind kind, string? constraintName, Exception innerException)
    : Exception($"The write conflicted with another request ({kind}, {constraintName}).", innerException)
{
    public WriteConflictKind Kind { get; } = kind;

    public string? ConstraintName { get; } = constraintName;
}
