using Platform.Application.Common.Results;

namespace Platform.Api.Scim.Common;

/// <summary>A SCIM error before it is written in a version's shape. <see cref="ScimType"/> is RFC 7644's keyword (2.0 only).</summary>
/// <param name="Position">1-based character of the client's text (a filter, a path) the problem was found at; never on the wire.</param>
public sealed record ScimProblem(int Status, string Detail, string? ScimType = null, int? Position = null)
{
    private const int MaxQuotedLength = 40;

    public static ScimProblem InvalidSyntax(string detail) => new(StatusCodes.Status400BadRequest, detail, "invalidSyntax");

    public static ScimProblem InvalidValue(string detail) => new(StatusCodes.Status400BadRequest, detail, "invalidValue");

    public static ScimProblem InvalidFilter(string detail) => new(StatusCodes.Status400BadRequest, detail, "invalidFilter");

    public static ScimProblem InvalidPath(string detail) => new(StatusCodes.Status400BadRequest, detail, "invalidPath");

    public static ScimProblem NoTarget(string detail) => new(StatusCodes.Status400BadRequest, detail, "noTarget");

    public static ScimProblem Mutability(string detail) => new(StatusCodes.Status400BadRequest, detail, "mutability");

    /// <summary>Use-case errors in SCIM terms: not found 404, conflicts 409 <c>uniqueness</c>, invalid input 400 <c>invalidValue</c>, a stale <c>If-Match</c> 412.</summary>
    public static ScimProblem From(IReadOnlyList<Error> errors)
    {
        var first = errors[0];
        var detail = errors.Count == 1 ? first.Message : string.Join(" ", errors.Select(e => e.Message).Distinct());
        return first.Type switch
        {
            ErrorType.NotFound => new(StatusCodes.Status404NotFound, detail),
            ErrorType.Conflict => new(StatusCodes.Status409Conflict, detail, "uniqueness"),
            ErrorType.ConcurrentChange => new(StatusCodes.Status409Conflict, detail),
            ErrorType.Validation => first.Code == "directory.invalid_filter" ? InvalidFilter(detail) : InvalidValue(detail),
            ErrorType.Unauthorized => new(StatusCodes.Status401Unauthorized, detail),
            ErrorType.Forbidden => new(StatusCodes.Status403Forbidden, detail),
            ErrorType.TooManyRequests => new(StatusCodes.Status429TooManyRequests, detail),
            ErrorType.PreconditionFailed => new(StatusCodes.Status412PreconditionFailed, detail),
            _ => new(StatusCodes.Status500InternalServerError, detail),
        };
    }

    /// <summary>Client text quoted for a message, cut short so a hostile input cannot bloat the error body.</summary>
    internal static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? $"'{text}'" : $"'{text[..MaxQuotedLength]}…'";

    public IResult ToResult(IScimDialect dialect) => ScimResponses.Error(dialect, Status, Detail, ScimType);
}
