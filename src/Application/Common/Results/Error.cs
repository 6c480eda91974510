namespace Platform.Application.Common.Results;

/// <summary>An expected failure with a stable code (for tests and clients) and a message meant for a person.</summary>
/// <param name="Target">The input field the error is about, when there is one.</param>
public sealed record Error(string Code, string Message, ErrorType Type, string? Target = null)
{
    public static Error Validation(string code, string message, string? target = null) => new(code, message, ErrorType.Validation, target);

    public static Error NotFound(string code, string message) => new(code, message, ErrorType.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorType.Conflict);

    public static Error Unauthorized(string code, string message) => new(code, message, ErrorType.Unauthorized);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorType.Forbidden);
}
