namespace Platform.Application.Common.Persistence;

public enum WriteConflictKind
{
    /// <summary>A unique key already exists (two creates of one name).</summary>
    UniqueKey,

    /// <summary>The row changed or went away since it was read, or a referenced row was deleted meanwhile.</summary>
    ConcurrentChange,
}
