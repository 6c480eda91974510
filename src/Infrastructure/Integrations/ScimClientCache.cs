using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Platform.Application.Integrations;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// The verified-token cache (<see cref="IScimClientCache"/>): the SHA-256 of a presented token and the company key it
/// came with, mapped to the client it authenticated. Never the token itself. An entry lives at most
/// <see cref="Lifetime"/>; <see cref="Invalidate"/> empties the cache and moves the generation on. While a replica
/// cannot hear other replicas' changes (PostgreSQL's notification connection is down, or not yet up) the cache is
/// <see cref="Suspend">suspended</see> and every request is checked against the database.
/// </summary>
internal sealed class ScimClientCache(TimeProvider clock, bool startSuspended) : IScimClientCache
{
    internal static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private long _generation;
    private volatile bool _suspended = startSuspended;

    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string companyKey, ReadOnlySpan<byte> presentedHash, out ScimClient client)
    {
        client = null!;
        if (_suspended || !_entries.TryGetValue(Key.Of(companyKey, presentedHash), out var entry)) return false;
        if (clock.GetTimestamp() > entry.ExpiresAt) return false;

        client = entry.Client;
        return true;
    }

    public void Remember(string companyKey, ReadOnlySpan<byte> presentedHash, ScimClient client, long generation)
    {
        if (_suspended) return;
        if (_entries.Count >= MaxEntries) _entries.Clear();

        var key = Key.Of(companyKey, presentedHash);
        _entries[key] = new Entry(client, clock.GetTimestamp() + (long)(Lifetime.TotalSeconds * clock.TimestampFrequency));

        // A change that happened while this token was being read from the database: the entry may be stale.
        if (Generation != generation) _entries.TryRemove(key, out _);
    }

    /// <summary>Something about some company's credentials changed: forget every verified token.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>Changes made elsewhere can no longer be heard: stop answering from the cache until <see cref="Resume"/>.</summary>
    public void Suspend()
    {
        _suspended = true;
        Invalidate();
    }

    /// <summary>Listening again: start from an empty cache (whatever changed meanwhile was missed).</summary>
    public void Resume()
    {
        Invalidate();
        _suspended = false;
    }

    private readonly record struct Entry(ScimClient Client, long ExpiresAt);

    private readonly record struct Key(string CompanyKey, UInt128 Low, UInt128 High)
    {
        public static Key Of(string companyKey, ReadOnlySpan<byte> hash)
        {
            var halves = MemoryMarshal.Cast<byte, UInt128>(hash[..32]);
            return new Key(companyKey, halves[0], halves[1]);
        }
    }
}
