using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Infrastructure.Persistence;

/// <summary>Ready only once the schema is the one this build expects (a replica started before <c>migrate</c> is not).</summary>
internal sealed class MigrationsAppliedCheck(PlatformDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? new HealthCheckResult(context.Registration.FailureStatus, "migrations pending")
            : HealthCheckResult.Healthy();
}
