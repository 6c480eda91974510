using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>Posting the console's HTML forms over plain HTTP, the way a browser would (antiforgery cookie + field).</summary>
public static partial class ConsoleForms
{
    public static HttpClient ConsoleClient(this PlatformApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Opens a page and returns the antiforgery token of its first form; the client keeps the matching cookie.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        return AntiforgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>Signs in through the console's own form.</summary>
    public static async Task<HttpResponseMessage> SignInWithFormAsync(this HttpClient client, string companyKey, string email, string password) =>
        await client.PostFormAsync(
            "/signin",
            ("__RequestVerificationToken", await client.AntiforgeryTokenAsync("/signin")),
            ("Form.CompanyKey", companyKey),
            ("Form.Email", email),
            ("Form.Password", password));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
