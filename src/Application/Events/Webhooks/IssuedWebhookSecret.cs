namespace Platform.Application.Events.Webhooks;

/// <param name="Secret">Shown once, to the admin who created the endpoint.</param>
/// <param name="Protected">What is stored: the secret encrypted with the server's data-protection keys.</param>
public sealed record IssuedWebhookSecret(string Secret, string Protected);
