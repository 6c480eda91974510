using System.Globalization;
using System.Text;

namespace Platform.Application.Events;

/// <summary>
/// A position in a company's events: the (transaction, sequence) pair of the last event read. Clients see it as an
/// opaque base64url string (<c>after</c> and <c>next</c> in the events API); they store it and pass it back.
/// </summary>
public readonly record struct EventCursor(long Tx, long Id)
{
    private const int MaxTextLength = 64;

    public override string ToString() =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Tx}.{Id}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryParse(string? text, out EventCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxTextLength) return false;
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length)) return false;

        var parts = Encoding.ASCII.GetString(bytes, 0, length).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tx)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new EventCursor(tx, id);
        return cursor.ToString() == text;
    }
}
