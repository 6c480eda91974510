using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>One request of the log with its redacted exchange (bodies as received and answered, passwords removed).</summary>
public sealed record ScimRequestView(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid? IntegrationId,
    string Version,
    string Method,
    string Path,
    ScimResource Resource,
    int Status,
    string? ScimType,
    string? ErrorDetail,
    ScimRefusal? Refusal,
    int DurationMs,
    string RequestId,
    string? RequestBody,
    string? ResponseBody);
