using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// The request log's write-behind. A SCIM request only enqueues its record (no database round trip on the request's
/// way); this service writes what is queued in batches, as soon as <see cref="BatchSize"/> rows wait or
/// <see cref="Linger"/> after the first one, each batch in its own scope (one <c>COPY</c> on PostgreSQL, see
/// <see cref="ScimRequestCopy"/>; one <c>SaveChanges</c> on SQLite), and writes the rest
/// when the host stops cleanly. A full queue drops new records (counted, with a warning) rather than hold a request.
/// Refused requests are throttled per company and minute in this process, so that a flood of bad tokens cannot
/// grow the table faster than that.
/// </summary>
internal sealed partial class ScimRequestWriter(
    IOptions<RequestLogSettings> options,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ScimRequestWriter> logger)
    : BackgroundService, IScimRequestLog
{
    internal const int BatchSize = 200;
    internal static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(250);
    private const int MaxAttempts = 3;

    private readonly RequestLogSettings _settings = options.Value;
    private readonly Channel<ScimRequestRecord> _queue = Channel.CreateBounded<ScimRequestRecord>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    private readonly ConcurrentDictionary<CompanyId, RefusalWindow> _refusals = new();
    // Never disposed: the host may stop this service (and flush) after the container has disposed it.
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly List<ScimRequestRecord> _failed = [];
    private int _failedAttempts;
    private long _dropped;
    private long _throttled;

    /// <summary>Records not kept because the queue was full or the database kept refusing them.</summary>
    internal long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Refused requests not recorded because their company was over its per-minute allowance.</summary>
    internal long Throttled => Interlocked.Read(ref _throttled);

    public bool Record(ScimRequestRecord record)
    {
        if (record.Refusal is not null && !AllowRefusal(record.CompanyId)) return false;
        if (_queue.Writer.TryWrite(record)) return true;

        if (Interlocked.Increment(ref _dropped) % 1000 == 1)
        {
            QueueFull(logger, _settings.QueueCapacity, Dropped);
        }

        return false;
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await _flushing.WaitAsync(ct);
        try
        {
            if (_failed.Count > 0)
            {
                if (!await TryWriteAsync(_failed, ct))
                {
                    if (++_failedAttempts < MaxAttempts) return;
                    Interlocked.Add(ref _dropped, _failed.Count);
                    GaveUp(logger, _failed.Count, MaxAttempts);
                }

                _failed.Clear();
                _failedAttempts = 0;
            }

            var batch = new List<ScimRequestRecord>(BatchSize);
            while (true)
            {
                while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record)) batch.Add(record);
                if (batch.Count == 0) return;
                if (!await TryWriteAsync(batch, ct))
                {
                    _failed.AddRange(batch);
                    _failedAttempts = 1;
                    return;
                }

                batch.Clear();
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (_queue.Reader.Count < BatchSize) await Task.Delay(Linger, clock, stoppingToken);
                await FlushAsync(stoppingToken);
                // After a failed write, wait before trying again rather than spin on a database that is down.
                if (_failed.Count > 0) await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task<bool> TryWriteAsync(List<ScimRequestRecord> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (db.Database.IsNpgsql())
            {
                await ScimRequestCopy.WriteAsync(db, batch, ct);
                return true;
            }

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Set<ScimRequestRecord>().AddRange(batch);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WriteFailed(logger, ex, batch.Count);
            return false;
        }
    }

    private bool AllowRefusal(CompanyId companyId)
    {
        var minute = clock.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = _refusals.GetOrAdd(companyId, _ => new RefusalWindow());
        lock (window)
        {
            if (window.Minute != minute)
            {
                window.Minute = minute;
                window.Count = 0;
            }

            if (window.Count >= _settings.RefusalsPerMinutePerCompany)
            {
                Interlocked.Increment(ref _throttled);
                return false;
            }

            window.Count++;
            return true;
        }
    }

    private sealed class RefusalWindow
    {
        public long Minute { get; set; } = -1;

        public int Count { get; set; }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The SCIM request log's queue is full ({Capacity}); {Dropped} records dropped so far.")]
    private static partial void QueueFull(ILogger logger, int capacity, long dropped);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Dropped {Count} SCIM request log records the database refused {Attempts} times.")]
    private static partial void GaveUp(ILogger logger, int count, int attempts);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Could not write {Count} SCIM request log records; will try again.")]
    private static partial void WriteFailed(ILogger logger, Exception exception, int count);
}
