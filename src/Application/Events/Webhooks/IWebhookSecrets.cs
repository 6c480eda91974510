namespace Platform.Application.Events.Webhooks;

public interface IWebhookSecrets
{
    /// <summary>A new signing secret (<c>whsec_</c> and base64 of random bytes) and the ciphertext that is stored of it.</summary>
    IssuedWebhookSecret Issue();
}
