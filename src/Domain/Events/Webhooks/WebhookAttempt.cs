using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Events.Webhooks;

/// <summary>One delivery attempt of one event to one endpoint, as the console shows it. Written once.</summary>
public sealed class WebhookAttempt
{
    public const int ErrorMaxLength = 500;

    // For EF Core materialisation.
    private WebhookAttempt()
    {
        EventType = string.Empty;
    }

    private WebhookAttempt(
        CompanyId companyId, WebhookEndpointId endpointId, ChangeEvent changeEvent, int number, bool resend, DateTimeOffset startedAt, int durationMs, int? statusCode, string? error, WebhookAttemptOutcome outcome)
    {
        CompanyId = companyId;
        Id = SequentialGuid.Next();
        EndpointId = endpointId;
        EventId = changeEvent.EventId;
        EventType = changeEvent.Type;
        EventTx = changeEvent.Tx;
        EventSeq = changeEvent.Id;
        Number = number;
        Resend = resend;
        StartedAt = startedAt;
        DurationMs = durationMs;
        StatusCode = statusCode;
        Error = error is null || error.Length <= ErrorMaxLength ? error : error[..(ErrorMaxLength - 1)] + "…";
        Outcome = outcome;
    }

    public CompanyId CompanyId { get; private set; }

    public Guid Id { get; private set; }

    public WebhookEndpointId EndpointId { get; private set; }

    /// <summary>The event's id: the <c>webhook-id</c> header of every attempt of it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; }

    /// <summary>With <see cref="EventSeq"/>: the event's place in the company's events (<see cref="ChangeEvent.Tx"/>, <see cref="ChangeEvent.Id"/>).</summary>
    public long EventTx { get; private set; }

    public long EventSeq { get; private set; }

    /// <summary>1 for the first attempt of the event, then 2, 3, … for its retries.</summary>
    public int Number { get; private set; }

    /// <summary>Whether an admin asked for this delivery (a resend), outside the endpoint's order.</summary>
    public bool Resend { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int DurationMs { get; private set; }

    /// <summary>The receiver's HTTP status; null when no answer came (refused, timed out, blocked address).</summary>
    public int? StatusCode { get; private set; }

    public string? Error { get; private set; }

    public WebhookAttemptOutcome Outcome { get; private set; }

    public static WebhookAttempt Record(
        CompanyId companyId, WebhookEndpointId endpointId, ChangeEvent changeEvent, int number, bool resend, DateTimeOffset startedAt, int durationMs, int? statusCode, string? error, WebhookAttemptOutcome outcome) =>
        new(companyId, endpointId, changeEvent, number, resend, startedAt, durationMs, statusCode, error, outcome);
}
