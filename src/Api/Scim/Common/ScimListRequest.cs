using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace Platform.Api.Scim.Common;

/// <summary>
/// What a list asks for, from the query string (GET) or a <c>SearchRequest</c> body (POST <c>/.search</c>, RFC 7644
/// §3.4.3): filter, sort, index or cursor paging (RFC 9865; <see cref="Cursor"/> is null for index paging, empty for
/// a cursor walk's first page) and the attributes to return.
/// </summary>
public sealed record ScimListRequest(
    string? Filter,
    string? SortBy,
    string? SortOrder,
    ScimPaging Paging,
    string? Cursor,
    string? Attributes,
    string? ExcludedAttributes)
{
    public const string SearchRequestSchema = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    /// <summary>The attribute selection, read as from a query string.</summary>
    public ScimAttributeSelection Selection => ScimAttributeSelection.From(new QueryCollection(new Dictionary<string, StringValues>
    {
        ["attributes"] = Attributes ?? string.Empty,
        ["excludedAttributes"] = ExcludedAttributes ?? string.Empty,
    }));

    public static ScimResult<ScimListRequest> FromQuery(IQueryCollection query)
    {
        var paging = ScimPaging.Read(query);
        if (!paging.IsSuccess) return paging.Problem;
        string? cursor = query.TryGetValue("cursor", out var given) ? given.ToString() : null;
        return Checked(new ScimListRequest(
            Text(query["filter"]), Text(query["sortBy"]), Text(query["sortOrder"]), paging.Value, cursor, Text(query["attributes"]), Text(query["excludedAttributes"])),
            startIndexGiven: query.ContainsKey("startIndex"));
    }

    public static ScimResult<ScimListRequest> FromSearchBody(JsonObject body)
    {
        if (body["schemas"] is not JsonArray schemas || !schemas.Any(s => s is JsonValue v && v.TryGetValue<string>(out var urn) && urn == SearchRequestSchema))
        {
            return ScimProblem.InvalidValue($"A search request's schemas must be [\"{SearchRequestSchema}\"].");
        }

        var (startIndex, count) = (Integer(body, "startIndex"), Integer(body, "count"));
        if (startIndex is { Valid: false } || count is { Valid: false }) return ScimProblem.InvalidValue("startIndex and count must be whole numbers.");
        var strings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "filter", "sortBy", "sortOrder", "cursor" })
        {
            var node = Member(body, name);
            if (node is null) continue;
            if (node is not JsonValue value || !value.TryGetValue<string>(out var text)) return ScimProblem.InvalidValue($"{name} must be a string.");
            strings[name] = text;
        }

        var attributes = List(body, "attributes");
        var excluded = List(body, "excludedAttributes");
        if (attributes is { Valid: false } || excluded is { Valid: false }) return ScimProblem.InvalidValue("attributes and excludedAttributes must be arrays of strings.");
        var paging = new ScimPaging(Math.Max(1, startIndex?.Value ?? 1), Math.Clamp(count?.Value ?? ScimPaging.DefaultCount, 0, ScimPaging.MaxCount));
        return Checked(new ScimListRequest(
            Blank(strings.GetValueOrDefault("filter")), Blank(strings.GetValueOrDefault("sortBy")), Blank(strings.GetValueOrDefault("sortOrder")),
            paging, strings.GetValueOrDefault("cursor"), attributes?.Text, excluded?.Text), startIndexGiven: startIndex is not null);
    }

    private static ScimResult<ScimListRequest> Checked(ScimListRequest request, bool startIndexGiven) =>
        request.Cursor is not null && startIndexGiven
            ? ScimProblem.InvalidValue("Use either cursor or startIndex, not both (RFC 9865).")
            : request;

    /// <summary>A member by name without case, as SCIM attribute names are.</summary>
    private static JsonNode? Member(JsonObject body, string name) =>
        body.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static (bool Valid, int Value)? Integer(JsonObject body, string name)
    {
        var node = Member(body, name);
        if (node is null) return null;
        if (node is JsonValue value && value.TryGetValue<int>(out var number)) return (true, number);
        return node is JsonValue text && text.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? (true, parsed)
            : (false, 0);
    }

    private static (bool Valid, string? Text)? List(JsonObject body, string name)
    {
        var node = Member(body, name);
        if (node is null) return null;
        if (node is JsonValue single && single.TryGetValue<string>(out var one)) return (true, one);
        if (node is not JsonArray array) return (false, null);
        var names = new List<string>();
        foreach (var item in array)
        {
            if (item is not JsonValue value || !value.TryGetValue<string>(out var text)) return (false, null);
            names.Add(text);
        }

        return (true, string.Join(',', names));
    }

    private static string? Text(StringValues values) => Blank(values.ToString());

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
