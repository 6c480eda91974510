using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Application.Common.Persistence;

namespace Platform.Api.Common;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers; runs no check, touches no database) and <c>/readyz</c> (the checks
/// tagged ready: the server is not shutting down, the database is reachable and every migration is applied). Plain-text bodies a probe can match.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => Write(context, "ok"),
        });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DatabaseHealthChecks.ReadyTag),
            ResponseWriter = (context, report) => Write(context, Readiness(report)),
        });
    }

    private static string Readiness(HealthReport report) =>
        report.Status == HealthStatus.Healthy ? "ready"
        : report.Entries.TryGetValue(ShutdownDrain.CheckName, out var shutdown) && shutdown.Status != HealthStatus.Healthy ? "shutting down"
        : report.Entries.TryGetValue(DatabaseHealthChecks.Reachable, out var database) && database.Status != HealthStatus.Healthy ? "database unreachable"
        : "migrations pending";

    private static Task Write(HttpContext context, string body)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(body);
    }
}
