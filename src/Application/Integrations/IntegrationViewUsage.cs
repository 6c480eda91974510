using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

public static class IntegrationViewUsage
{
    /// <summary>Uses not yet flushed to the database are newer than what it holds.</summary>
    public static IntegrationView WithUsesInThisProcess(this IntegrationView view, IIntegrationUsage usage) =>
        usage.LastUsedInThisProcess(new IntegrationId(view.Id)) is { } recent && (view.LastUsedAt is null || recent > view.LastUsedAt)
            ? view with { LastUsedAt = recent }
            : view;
}
