namespace Platform.Application.Common.Results;

/// <summary>What kind of expected failure this is; the edge maps it to a status code in the caller's protocol.</summary>
public enum ErrorType
{
    Validation,
    NotFound,
    Conflict,

    /// <summary>Another request changed the same data at the same moment; retrying is safe.</summary>
    ConcurrentChange,
    Unauthorized,
    Forbidden,
    TooManyRequests,

    /// <summary>The data changed since the version the request was based on; nothing was changed.</summary>
    PreconditionFailed,
}
