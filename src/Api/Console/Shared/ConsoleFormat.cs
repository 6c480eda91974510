using System.Globalization;
using Platform.Domain.Common;

namespace Platform.Api.Console.Shared;

/// <summary>How the console writes times and actors. Times are UTC, with a relative hint for the recent past.</summary>
public static class ConsoleFormat
{
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Ago(DateTimeOffset at, DateTimeOffset now)
    {
        var elapsed = now - at;
        return elapsed switch
        {
            { TotalSeconds: < 60 } => "just now",
            { TotalMinutes: < 2 } => "a minute ago",
            { TotalMinutes: < 60 } => $"{(int)elapsed.TotalMinutes} minutes ago",
            { TotalHours: < 2 } => "an hour ago",
            { TotalHours: < 48 } => $"{(int)elapsed.TotalHours} hours ago",
            _ => $"{(int)elapsed.TotalDays} days ago",
        };
    }

    /// <summary>A count with its noun: "1 person", "3 people", "0 groups".</summary>
    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public static string ActorKind(ActorKind kind) => kind switch
    {
        Domain.Common.ActorKind.Account => "Console account",
        Domain.Common.ActorKind.Integration => "Identity provider",
        Domain.Common.ActorKind.Operator => "Operator (CLI)",
        _ => "Platform",
    };
}
