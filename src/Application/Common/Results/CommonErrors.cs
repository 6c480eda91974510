namespace Platform.Application.Common.Results;

/// <summary>Errors every module can produce.</summary>
public static class CommonErrors
{
    public static readonly Error ConcurrentConflict = new(
        "common.concurrent_change",
        "Another request changed the same data at the same time. Nothing was saved; retry the request.",
        ErrorType.ConcurrentChange);

    public static readonly Error VersionChanged = new(
        "common.version_changed",
        "The resource has changed since the version this request is based on. Nothing was changed; read it again and retry.",
        ErrorType.PreconditionFailed);
}
