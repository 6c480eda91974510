using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Platform.Application.Events;
using Platform.Application.Events.Webhooks;
using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;

namespace Platform.Infrastructure.Events.Webhooks;

/// <summary>
/// Sends one event as a Standard Webhooks request: the event's JSON (the events API's shape plus <c>timestamp</c>),
/// <c>webhook-id</c> (the event's id, the same in every attempt and resend), <c>webhook-timestamp</c> and
/// <c>webhook-signature</c>. The connection goes only to an address the <see cref="WebhookAddressPolicy"/> allows,
/// checked on the address actually connected to (DNS rebinding cannot slip a private address in after registration),
/// never through a proxy; redirects are not followed; at most <see cref="ResponseReadLimit"/> bytes of the answer are read.
/// </summary>
public sealed class WebhookSender : IWebhookSender, IDisposable
{
    public const int ResponseReadLimit = 4096;
    private const int ErrorBodyLength = 200;

    private readonly HttpClient _client;
    private readonly WebhookSecrets _secrets;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;

    public WebhookSender(IOptions<WebhookSettings> options, WebhookAddressPolicy policy, WebhookSecrets secrets, TimeProvider clock)
    {
        _secrets = secrets;
        _clock = clock;
        _timeout = options.Value.Timeout;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Value.ConnectTimeout,
            // Connections are not kept long, so that a host name is resolved (and checked) again regularly.
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 16,
            ConnectCallback = (context, ct) => ConnectAsync(policy, context, ct),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Platform-Webhooks", "1"));
    }

    public async Task<WebhookSendResult> SendAsync(WebhookEndpoint endpoint, ChangeEvent changeEvent, CancellationToken ct)
    {
        var body = ChangeEventDocument.Utf8(changeEvent, timestamp: true);
        var messageId = changeEvent.EventId.ToString("D");
        var startedAt = _clock.GetUtcNow();
        var timestamp = startedAt.ToUnixTimeSeconds();
        var watch = Stopwatch.StartNew();

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(_secrets.SigningKey(endpoint.ProtectedSecret), messageId, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            var accepted = status is >= 200 and < 300;
            var answer = accepted ? null : await ReadSomeAsync(response, timeout.Token);
            var error = accepted ? null : $"The receiver answered {status}{(string.IsNullOrWhiteSpace(answer) ? "." : $": {answer}")}";
            if (status is >= 300 and < 400) error = $"The receiver answered {status} (a redirect, which is not followed).";
            return new WebhookSendResult(accepted, startedAt, Elapsed(watch), status, error);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookSendResult(false, startedAt, Elapsed(watch), null, $"No answer within {_timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException ex)
        {
            return new WebhookSendResult(false, startedAt, Elapsed(watch), null, Describe(ex));
        }
    }

    public void Dispose() => _client.Dispose();

    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[ResponseReadLimit];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
            var text = Encoding.UTF8.GetString(buffer, 0, read).ReplaceLineEndings(" ").Trim();
            return text.Length <= ErrorBodyLength ? text : text[..ErrorBodyLength] + "…";
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return string.Empty;
        }
    }

    private static string Describe(HttpRequestException ex) => ex.InnerException switch
    {
        WebhookAddressRefusedException refused => refused.Message,
        SocketException socket => $"Could not connect: {socket.SocketErrorCode}.",
        _ => ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "The host name does not resolve.",
            HttpRequestError.ConnectionError => "Could not connect.",
            HttpRequestError.SecureConnectionError => "The TLS handshake failed.",
            _ => "The request failed: " + ex.Message,
        },
    };

    private static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);

    /// <summary>Resolves the host and connects only to an address the policy allows; refuses when there is none.</summary>
    private static async ValueTask<Stream> ConnectAsync(WebhookAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(policy.IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookAddressRefusedException(
                $"Refused to connect: {host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}, not a public address. {WebhookAddressPolicy.SettingHint}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
