using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Platform.Api.FunctionalTests.Events;

/// <summary>
/// A webhook receiver in the test process (Kestrel on 127.0.0.1): it records every request and answers with
/// <see cref="Answer"/>; <see cref="StopAsync"/> closes the port (connections refused) and <see cref="StartAsync"/>
/// opens it again on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>The status the receiver answers with (read at each request).</summary>
    public int Answer { get; set; } = 200;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>The requests answered 2xx.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.Status is >= 200 and < 300)];

    public static async Task<WebhookReceiver> StartNewAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var receiver = new WebhookReceiver(port);
        await receiver.StartAsync();
        return receiver;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var status = Answer;
            _received.Enqueue(new ReceivedWebhook(
                http.Request.Headers["webhook-id"].ToString(), http.Request.Headers["webhook-timestamp"].ToString(),
                http.Request.Headers["webhook-signature"].ToString(), body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    /// <summary>Waits until at least <paramref name="count"/> distinct events were accepted.</summary>
    public async Task<IReadOnlyList<JsonObject>> AcceptedEventsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var events = FirstAcceptedInOrder();
            if (events.Count >= count) return events;
            Assert.True(DateTime.UtcNow < deadline, $"Only {events.Count} of {count} events were delivered; {Received.Count} requests came.");
            await Task.Delay(50);
        }
    }

    /// <summary>Each accepted event once, in the order of its first acceptance.</summary>
    public IReadOnlyList<JsonObject> FirstAcceptedInOrder()
    {
        var seen = new HashSet<string>();
        return [.. Accepted.Where(r => seen.Add(r.Id)).Select(r => JsonNode.Parse(r.Body)!.AsObject())];
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}

public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, int Status);
