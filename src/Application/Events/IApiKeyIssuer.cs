namespace Platform.Application.Events;

public interface IApiKeyIssuer
{
    /// <summary>A new key from the OS CSPRNG, with what is stored of it.</summary>
    IssuedApiKeySecret Issue();

    /// <summary>Hashes a presented key; a presented key is hashed even when there is nothing to compare it to.</summary>
    byte[] Hash(string presentedKey);
}
