namespace Platform.Domain.Common;

/// <summary>Ids are GUIDv7 (time-ordered) so that new rows append to the end of B-tree indexes.</summary>
public static class SequentialGuid
{
    public static Guid Next() => Guid.CreateVersion7();
}
