using System.Diagnostics.CodeAnalysis;

namespace Platform.Api.Scim.Common;

/// <summary>Why protocol text could not be read; endpoints return it as a 400 in the caller's SCIM version.</summary>
/// <param name="Position">1-based character the problem was found at, when it is about a place in the text.</param>
public sealed record ScimParseError(string Message, int? Position = null)
{
    private const int MaxQuotedLength = 40;

    /// <summary>Client text quoted for a message, cut short so a hostile input cannot bloat the error body.</summary>
    internal static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? $"'{text}'" : $"'{text[..MaxQuotedLength]}…'";
}

/// <summary>
/// The outcome of reading filter text, a PATCH path or a loosely typed value: the value, or an error. Input from the
/// client is never a reason to throw, so the parsers report through this instead.
/// </summary>
public sealed class ScimParseResult<T>
    where T : notnull
{
    private readonly T? _value;

    private ScimParseResult(T value) => _value = value;

    private ScimParseResult(ScimParseError error) => Error = error;

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public ScimParseError? Error { get; }

    /// <summary>The value; reading it from a failure is a bug in the caller.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed parse has no value: {Error.Message}");

    public static implicit operator ScimParseResult<T>(T value) => new(value);

    public static implicit operator ScimParseResult<T>(ScimParseError error) => new(error);
}
