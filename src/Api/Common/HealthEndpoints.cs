using Platform.Application.Common.Persistence;

namespace Platform.Api.Common;

public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/readyz", async (IDatabaseMigrator database, CancellationToken ct) =>
            await database.CanConnectAsync(ct)
                ? Results.Text("ready")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
    }
}
