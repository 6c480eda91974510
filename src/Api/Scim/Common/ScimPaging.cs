using System.Globalization;

namespace Platform.Api.Scim.Common;

/// <summary>SCIM list paging: 1-based <c>startIndex</c>, <c>count</c> defaulting to 100 and capped at 1000, 0 for totals only.</summary>
public readonly record struct ScimPaging(int StartIndex, int Count)
{
    public const int DefaultCount = 100;
    public const int MaxCount = 1000;

    public int Skip => StartIndex - 1;

    public static ScimResult<ScimPaging> Read(IQueryCollection query)
    {
        if (!TryInt(query, "startIndex", 1, out var startIndex) || !TryInt(query, "count", DefaultCount, out var count))
        {
            return ScimProblem.InvalidValue("startIndex and count must be whole numbers.");
        }

        // RFC 7644 §3.4.2.4: a startIndex below 1 is read as 1, a negative count as 0.
        return new ScimPaging(Math.Max(1, startIndex), Math.Clamp(count, 0, MaxCount));
    }

    private static bool TryInt(IQueryCollection query, string name, int fallback, out int value)
    {
        var raw = query[name].ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
