namespace Platform.Api.Common;

/// <summary>A spent rate budget: 429 with Retry-After, in the caller's shape (<see cref="CallerShapedErrors"/>).</summary>
public static class TooManyRequests
{
    public static IResult For(HttpContext http, int retryAfterSeconds, string detail) =>
        CallerShapedErrors.For(http, StatusCodes.Status429TooManyRequests, "Too many requests.", detail, retryAfterSeconds);
}
