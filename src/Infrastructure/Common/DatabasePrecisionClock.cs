namespace Platform.Infrastructure.Common;

/// <summary>
/// The system clock, truncated to whole microseconds: PostgreSQL keeps timestamps to the microsecond, so a time
/// returned right after a write is then the same as the time read back later.
/// </summary>
internal sealed class DatabasePrecisionClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
