using System.Collections.Concurrent;
using Platform.Application.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Integrations;

/// <summary>
/// Keeps the last <see cref="Capacity"/> refused SCIM requests per company in memory. It is per server process: each
/// replica sees only the requests it served, and a restart forgets them. That is acceptable for what it is for (a hint
/// in the console while an admin sets Okta up, when Okta retries within seconds), and it keeps a flood of bad
/// requests away from the database. Companies are only recorded when they exist, so memory stays bounded.
/// </summary>
internal sealed class ScimAuthenticationFailureLog : IScimAuthenticationFailures
{
    public const int Capacity = 20;

    private readonly ConcurrentDictionary<CompanyId, Ring> _byCompany = new();

    public void Record(CompanyId companyId, ScimAuthenticationFailureReason reason, DateTimeOffset at) =>
        _byCompany.GetOrAdd(companyId, _ => new Ring()).Add(new ScimAuthenticationFailure(at, reason));

    public IReadOnlyList<ScimAuthenticationFailure> Recent(CompanyId companyId, int max) =>
        _byCompany.TryGetValue(companyId, out var ring) ? ring.Newest(max) : [];

    private sealed class Ring
    {
        private readonly ScimAuthenticationFailure[] _items = new ScimAuthenticationFailure[Capacity];
        private readonly Lock _lock = new();
        private int _next;
        private int _count;

        public void Add(ScimAuthenticationFailure failure)
        {
            lock (_lock)
            {
                _items[_next] = failure;
                _next = (_next + 1) % Capacity;
                _count = Math.Min(_count + 1, Capacity);
            }
        }

        public ScimAuthenticationFailure[] Newest(int max)
        {
            lock (_lock)
            {
                var take = Math.Clamp(max, 0, _count);
                var newest = new ScimAuthenticationFailure[take];
                for (var i = 0; i < take; i++) newest[i] = _items[(_next - 1 - i + Capacity) % Capacity];
                return newest;
            }
        }
    }
}
