using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>One row of the request log: what was asked and answered, without the bodies.</summary>
public sealed record ScimRequestSummaryView(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Version,
    string Method,
    string Path,
    ScimResource Resource,
    int Status,
    string? ScimType,
    string? ErrorDetail,
    ScimRefusal? Refusal,
    int DurationMs,
    string RequestId);
