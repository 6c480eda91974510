namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// Where the company-wide event sequence stands: <see cref="Seq"/>, the last value the change-event sequence handed
/// out, and <see cref="Xmax"/>, the next transaction id when it was read. Once the visibility horizon reaches
/// <see cref="Xmax"/>, every event up to <see cref="Seq"/> is final (0 and "always" on SQLite).
/// </summary>
internal sealed class EventsProgress
{
    public long Seq { get; init; }

    public long Xmax { get; init; }
}
