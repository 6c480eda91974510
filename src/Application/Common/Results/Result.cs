namespace Platform.Application.Common.Results;

/// <summary>The outcome of a use case: success, or one or more expected errors. Exceptions are for bugs and faults.</summary>
public class Result : IUseCaseResult, IFailureFactory<Result>
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public bool IsSuccess => Errors.Count == 0;

    public IReadOnlyList<Error> Errors { get; }

    /// <summary>The first error; only meaningful on failure.</summary>
    public Error Error => Errors.Count > 0 ? Errors[0] : throw new InvalidOperationException("A successful result has no error.");

    public static Result Success() => new([]);

    public static Result Failure(IReadOnlyList<Error> errors) =>
        errors.Count > 0 ? new Result(errors) : throw new ArgumentException("A failure needs at least one error.", nameof(errors));

    public static implicit operator Result(Error error) => new([error]);
}

public sealed class Result<T> : Result, IFailureFactory<Result<T>>
{
    private readonly T? _value;

    private Result(T value)
        : base([]) => _value = value;

    private Result(IReadOnlyList<Error> errors)
        : base(errors)
    {
    }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value ({Error.Code}).");

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failure(IReadOnlyList<Error> errors) =>
        errors.Count > 0 ? new Result<T>(errors) : throw new ArgumentException("A failure needs at least one error.", nameof(errors));

    static Result<T> IFailureFactory<Result<T>>.Failure(IReadOnlyList<Error> errors) => Failure(errors);

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new([error]);
}
