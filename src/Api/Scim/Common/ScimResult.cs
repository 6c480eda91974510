using System.Diagnostics.CodeAnalysis;

namespace Platform.Api.Scim.Common;

/// <summary>
/// The one outcome shape at the SCIM edge: done, or a <see cref="ScimProblem"/> to answer in the caller's version.
/// Parsers, change builders, PATCH readers and endpoints all report through it: input from a client is never a reason
/// to throw. Use-case <c>Result</c>s become one through <see cref="ScimProblem.From"/>.
/// </summary>
public class ScimResult
{
    public static readonly ScimResult Success = new(null);

    protected ScimResult(ScimProblem? problem) => Problem = problem;

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public ScimProblem? Problem { get; }

    public static implicit operator ScimResult(ScimProblem problem) => new(problem);
}

/// <summary>A value read from the client, or the <see cref="ScimProblem"/> that stopped it.</summary>
public sealed class ScimResult<T> : ScimResult
    where T : notnull
{
    private readonly T? _value;

    private ScimResult(T value)
        : base(null) => _value = value;

    private ScimResult(ScimProblem problem)
        : base(problem)
    {
    }

    /// <summary>The value; reading it from a failure is a bug in the caller.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value: {Problem.Detail}");

    public static implicit operator ScimResult<T>(T value) => new(value);

    public static implicit operator ScimResult<T>(ScimProblem problem) => new(problem);
}
