using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>A receiver's check of a Standard Webhooks signature, written from the specification (not the server's code).</summary>
public static class StandardWebhookVerifier
{
    public static bool IsValid(string secret, ReceivedWebhook request, TimeSpan? tolerance = null)
    {
        if (!long.TryParse(request.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > (tolerance ?? TimeSpan.FromMinutes(5))) return false;

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{request.Id}.{request.Timestamp}.{request.Body}"));
        foreach (var signature in request.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = signature.Split(',', 2);
            if (parts.Length == 2 && parts[0] == "v1"
                && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), expected))
            {
                return true;
            }
        }

        return false;
    }
}
