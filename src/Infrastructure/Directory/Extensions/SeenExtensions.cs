using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Directory.Extensions;
using Platform.Domain.Directory.Extensions;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Extensions;

/// <summary>
/// Keeps <c>seen_extensions</c>. Which (company, resource type, URN, attribute names) this process has already stored
/// is remembered in memory, so a write carrying only known extensions in a known shape costs nothing; a new one is
/// merged into its row in a scope of its own (a race between replicas ends with one row, whoever wins).
/// </summary>
internal sealed class SeenExtensions(IServiceScopeFactory scopes, TimeProvider clock) : ISeenExtensions
{
    private const int MaxRemembered = 100_000;
    private readonly ConcurrentDictionary<(CompanyId, string, string, string), bool> _known = new();

    public async ValueTask NoteAsync(CompanyId companyId, string resourceType, string? customExtensions, CancellationToken ct)
    {
        if (customExtensions is null || JsonNode.Parse(customExtensions) is not JsonObject extensions) return;
        foreach (var (urn, value) in extensions)
        {
            if (value is not JsonObject extension || urn.Length > SeenExtension.UrnMaxLength) continue;
            var key = (companyId, resourceType, urn, string.Join('\n', extension.Select(p => p.Key).Order(StringComparer.Ordinal)));
            if (_known.ContainsKey(key)) continue;
            await StoreAsync(companyId, resourceType, urn, Shape(extension), ct);
            if (_known.Count >= MaxRemembered) _known.Clear();
            _known[key] = true;
        }
    }

    public async Task<IReadOnlyList<SeenExtension>> ListAsync(CompanyId companyId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.Set<SeenExtension>().AsNoTracking().Where(e => e.CompanyId == companyId).ToListAsync(ct);
        return [.. rows.OrderBy(e => e.FirstSeenAt).ThenBy(e => e.Urn, StringComparer.Ordinal)];
    }

    private async Task StoreAsync(CompanyId companyId, string resourceType, string urn, JsonObject shape, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var row = await db.Set<SeenExtension>().FirstOrDefaultAsync(e => e.CompanyId == companyId && e.ResourceType == resourceType && e.Urn == urn, ct);
        if (row is null)
        {
            db.Add(new SeenExtension(companyId, resourceType, urn, shape.ToJsonString(), clock.GetUtcNow()));
        }
        else
        {
            var merged = JsonNode.Parse(row.Attributes) as JsonObject ?? [];
            var added = false;
            foreach (var (name, type) in shape)
            {
                if (merged.ContainsKey(name)) continue;
                merged[name] = type?.DeepClone();
                added = true;
            }

            if (!added) return;
            row.SetAttributes(merged.ToJsonString());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException error) when (WriteConflicts.Find(error) is not null)
        {
            // Another request stored it first; the next new shape merges again.
        }
    }

    /// <summary>Each attribute's type inferred from its value, as RFC 7643 §2.3 names the types.</summary>
    private static JsonObject Shape(JsonObject extension)
    {
        var shape = new JsonObject();
        foreach (var (name, value) in extension)
        {
            var multiValued = value is JsonArray;
            var sample = value is JsonArray array ? array.FirstOrDefault(item => item is not null) : value;
            shape[name] = new JsonObject { ["type"] = TypeOf(sample), ["multiValued"] = multiValued };
        }

        return shape;
    }

    private static string TypeOf(JsonNode? value) => value switch
    {
        JsonObject => "complex",
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.TryGetValue<long>(out _) ? "integer" : "decimal",
        _ => "string",
    };
}
