using System.Collections.Concurrent;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Collects last-used times in memory and lets <see cref="IntegrationUsageFlusher"/> write them in one batch every
/// few seconds. The value is informational (the console's "last successful request"), so losing a few seconds of
/// it on a crash is acceptable; a write per SCIM request is not.
/// </summary>
internal sealed class IntegrationUsage : IIntegrationUsage
{
    private readonly ConcurrentDictionary<IntegrationId, (CompanyId CompanyId, DateTimeOffset At)> _pending = new();
    private readonly ConcurrentDictionary<IntegrationId, DateTimeOffset> _latest = new();

    public void RecordUse(CompanyId companyId, IntegrationId integrationId, DateTimeOffset at)
    {
        _pending.AddOrUpdate(integrationId, (companyId, at), (_, old) => at > old.At ? (companyId, at) : old);
        _latest.AddOrUpdate(integrationId, at, (_, old) => at > old ? at : old);
    }

    public DateTimeOffset? LastUsedInThisProcess(IntegrationId integrationId) =>
        _latest.TryGetValue(integrationId, out var at) ? at : null;

    internal List<(IntegrationId Id, CompanyId CompanyId, DateTimeOffset At)> TakePending()
    {
        var taken = new List<(IntegrationId, CompanyId, DateTimeOffset)>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var value)) taken.Add((id, value.CompanyId, value.At));
        }

        return taken;
    }
}
