using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>
/// Where the SCIM edge hands each finished request for the company's request log. Recording never blocks or fails
/// the request: records are queued and written in batches behind it (and on a clean shutdown).
/// </summary>
public interface IScimRequestLog
{
    /// <summary>Queues the record; false when it was not kept (the queue is full, or refusals are being throttled).</summary>
    bool Record(ScimRequestRecord record);

    /// <summary>Writes everything queued so far, now.</summary>
    Task FlushAsync(CancellationToken ct);
}
