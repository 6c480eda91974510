using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Platform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The server with its telemetry in reach: every log entry at Trace (<see cref="Logs"/>), every finished span
/// (<see cref="Spans"/>), and the caller's address taken from <see cref="RemoteAddressHeader"/> (TestServer has no
/// connection), so that the <c>/metrics</c> guard can be tested from inside and outside its networks.
/// </summary>
public sealed class ObservedPlatformApiFactory : PlatformApiFactory
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    /// <summary>In the connection string (the test cluster trusts every local connection and ignores it): it must never show.</summary>
    public const string DatabasePassword = "db-secret-4f9c2a";

    private readonly List<Activity> _spans = [];

    public CapturedLogs Logs { get; } = new();

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans) return [.. _spans];
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Platform", $"{ConnectionString};Password={DatabasePassword}");
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(new LockedCollection(_spans)));
            services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
        });
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Spans end on server threads while the test reads them.</summary>
    private sealed class LockedCollection(List<Activity> inner) : ICollection<Activity>
    {
        public int Count
        {
            get
            {
                lock (inner) return inner.Count;
            }
        }

        public bool IsReadOnly => false;

        public void Add(Activity item)
        {
            lock (inner) inner.Add(item);
        }

        public void Clear()
        {
            lock (inner) inner.Clear();
        }

        public bool Contains(Activity item)
        {
            lock (inner) return inner.Contains(item);
        }

        public void CopyTo(Activity[] array, int arrayIndex)
        {
            lock (inner) inner.CopyTo(array, arrayIndex);
        }

        public bool Remove(Activity item)
        {
            lock (inner) return inner.Remove(item);
        }

        public IEnumerator<Activity> GetEnumerator()
        {
            lock (inner) return inner.ToList().GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// The telemetry tests run alone: spans, logs and the process-wide meters of every server in the process reach the
/// listeners of each, so counts are only exact while no other test class sends traffic.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
