using Platform.Application.Common.Results;

namespace Platform.Application.Events.Webhooks;

public static class WebhooksErrors
{
    public static readonly Error UrlRequired = Error.Validation("webhooks.url_required", "Give the URL that receives the events.", "url");

    public static Error UrlRefused(string reason) => Error.Validation("webhooks.url_refused", reason, "url");

    public static Error UnknownEventType(string type) => Error.Validation(
        "webhooks.unknown_event_type", $"'{type}' is not an event type. Leave the types out for every event, or name some of: {string.Join(", ", Domain.Events.ChangeEventTypes.All)}.", "eventTypes");

    public static Error TooManyEndpoints(int max) => Error.Conflict("webhooks.too_many_endpoints", $"A company can have at most {max} webhook endpoints; delete one first.");

    public static Error EndpointNotFound(string id) => Error.NotFound("webhooks.endpoint_not_found", $"This company has no webhook endpoint '{id}'.");

    public static Error AttemptNotFound(string id) => Error.NotFound("webhooks.attempt_not_found", $"This endpoint has no delivery attempt '{id}'.");
}
