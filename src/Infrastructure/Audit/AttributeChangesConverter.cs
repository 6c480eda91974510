using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Domain.Common;

namespace Platform.Infrastructure.Audit;

/// <summary>An entry's changes as one JSON text column: <c>[{"attribute":"title","before":"Analyst","after":"Lead"}]</c>.</summary>
internal sealed class AttributeChangesConverter() : ValueConverter<IReadOnlyList<AttributeChange>?, string>(changes => Write(changes), json => Read(json))
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // EF Core passes no nulls to a converter: a null list is a null column. Only the three fields are stored.
    private static string Write(IReadOnlyList<AttributeChange>? changes) =>
        JsonSerializer.Serialize((changes ?? []).Select(c => new { c.Attribute, c.Before, c.After }), Options);

    private static List<AttributeChange> Read(string json) => JsonSerializer.Deserialize<List<AttributeChange>>(json, Options) ?? [];
}
