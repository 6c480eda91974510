using Platform.Application.Common.Results;

namespace Platform.Api.Common;

/// <summary>The whole mapping from use-case errors to the admin API's ProblemDetails, in one place.</summary>
public static class ResultHttp
{
    public static int StatusCodeOf(Error error) => error.Type switch
    {
        ErrorType.Validation => StatusCodes.Status400BadRequest,
        ErrorType.NotFound => StatusCodes.Status404NotFound,
        ErrorType.Conflict or ErrorType.ConcurrentChange => StatusCodes.Status409Conflict,
        ErrorType.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorType.Forbidden => StatusCodes.Status403Forbidden,
        ErrorType.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorType.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult Problem(IReadOnlyList<Error> errors)
    {
        var first = errors[0];
        if (first.Type == ErrorType.Validation)
        {
            var byField = errors.GroupBy(e => e.Target ?? string.Empty)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
            return Results.ValidationProblem(byField, title: "The request is not valid.", extensions: new Dictionary<string, object?> { ["code"] = first.Code });
        }

        return Results.Problem(
            statusCode: StatusCodeOf(first),
            title: TitleOf(first.Type),
            detail: first.Message,
            extensions: new Dictionary<string, object?> { ["code"] = first.Code });
    }

    public static IResult Problem(Error error) => Problem([error]);

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : Problem(result.Errors);

    private static string TitleOf(ErrorType type) => type switch
    {
        ErrorType.NotFound => "Not found.",
        ErrorType.Conflict => "Conflict.",
        ErrorType.Unauthorized => "Not signed in.",
        ErrorType.Forbidden => "Not allowed.",
        ErrorType.TooManyRequests => "Too many requests.",
        _ => "The request failed.",
    };
}
