namespace Platform.Domain.Events.Webhooks;

public enum WebhookEndpointSwitch
{
    Enabled,
    Disabled,
    Restarted,
}
