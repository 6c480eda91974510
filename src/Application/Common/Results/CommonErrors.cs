namespace Platform.Application.Common.Results;

/// <summary>Errors every module can produce.</summary>
public static class CommonErrors
{
    public static readonly Error ConcurrentConflict = new(
        "common.concurrent_change",
        "Another request changed the same data at the same time. Nothing was saved; retry the request.",
        ErrorType.ConcurrentChange);
}
