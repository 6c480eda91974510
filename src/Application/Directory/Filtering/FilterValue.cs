namespace Platform.Application.Directory.Filtering;

/// <summary>A typed comparison value; exactly the member its <see cref="Kind"/> names is set.</summary>
public sealed record FilterValue(FilterValueKind Kind, string? Text = null, bool? Boolean = null, decimal? Number = null, DateTimeOffset? Instant = null)
{
    public static FilterValue Of(string text) => new(FilterValueKind.String, Text: text);

    public static FilterValue Of(bool value) => new(FilterValueKind.Boolean, Boolean: value);

    public static FilterValue Of(decimal value) => new(FilterValueKind.Number, Number: value);

    public static FilterValue Of(DateTimeOffset value) => new(FilterValueKind.DateTime, Instant: value.ToUniversalTime());

    public override string ToString() => Kind switch
    {
        FilterValueKind.String => $"\"{Text}\"",
        FilterValueKind.Boolean => Boolean!.Value ? "true" : "false",
        FilterValueKind.Number => Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Instant!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
