namespace Platform.Application.Common;

/// <summary>
/// A value that may be absent, distinct from a value that is present and null: in a change set, "not mentioned"
/// (leave as is) differs from "set to nothing" (clear).
/// </summary>
public readonly record struct Optional<T>
{
    private readonly T _value;

    private Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    public bool HasValue { get; }

    public T Value => HasValue ? _value : throw new InvalidOperationException("The optional has no value.");

    public static Optional<T> Of(T value) => new(value);

    public T Or(T fallback) => HasValue ? _value : fallback;

    public static implicit operator Optional<T>(T value) => new(value);
}
