using Platform.Domain.Common;

namespace Platform.Domain.Events.Webhooks;

public readonly record struct WebhookEndpointId(Guid Value)
{
    public static WebhookEndpointId New() => new(SequentialGuid.Next());

    public static bool TryParse(string? text, out WebhookEndpointId id)
    {
        var ok = Guid.TryParse(text, out var value);
        id = new WebhookEndpointId(value);
        return ok;
    }

    public override string ToString() => Value.ToString("D");
}
