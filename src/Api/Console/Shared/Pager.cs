namespace Platform.Api.Console.Shared;

/// <summary>
/// Where a long list is: page numbers from 1, the caption over the table and the links to the pages either side.
/// <paramref name="Route"/> holds the list's other query values (search, filter), kept on every page link.
/// </summary>
/// <param name="Page">The Razor page the links open (the list's own).</param>
public sealed record Pager(string Label, string Page, int Number, int Size, int Total, int Shown, IReadOnlyDictionary<string, string?> Route)
{
    public string Previous { get; init; } = "← Previous";

    public string Next { get; init; } = "Next →";

    public int Count => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => SkipFor(Number, Size);

    public string Caption => Total == 0 ? "None"
        : Shown == 0 ? $"Nothing on page {Number}; {Total} in all"
        : $"Showing {Skip + 1}–{Skip + Shown} of {Total}";

    /// <summary>The largest page number a URL may ask for; beyond it the skip would overflow.</summary>
    public const int MaxNumber = 1_000_000;

    /// <summary>The rows to pass over for a page number taken from a URL (below 1 is the first page, past the limit the last allowed).</summary>
    public static int SkipFor(int number, int size) => (Math.Clamp(number, 1, MaxNumber) - 1) * size;

    public IDictionary<string, string> RouteTo(int number)
    {
        var values = Route.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!);
        values["p"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
