namespace Platform.Application.Common.Telemetry;

/// <summary>The kinds of directory change an operator watches (the <c>platform.operation</c> attribute).</summary>
public enum DirectoryOperationKind
{
    /// <summary>A user created.</summary>
    Create,

    /// <summary>A user's profile replaced or patched.</summary>
    Update,

    /// <summary>A user deactivated, reactivated or deleted: a change of access.</summary>
    Deactivate,

    /// <summary>A group pushed, patched (members included), replaced or deleted.</summary>
    GroupChange,
}
