using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Schema;
using Platform.Infrastructure.Persistence;

namespace Platform.Infrastructure.Directory.Filtering;

/// <summary>
/// Translates a <see cref="DirectoryFilter"/> and a <see cref="DirectorySort"/> into SQL over the <c>users</c> or
/// <c>groups</c> table (alias <c>r</c>) for PostgreSQL (Citus included) or SQLite. Every value, JSON path included,
/// travels as a parameter. Indexed columns serve the attributes that have them; the rest is read from the profile
/// document (PostgreSQL: <c>jsonb_extract_path_text</c>, <c>jsonb_array_elements</c>; SQLite: <c>json_extract</c>,
/// <c>json_each</c>). Every predicate is true or false, never NULL, so <c>NOT</c> is the complement: a comparison
/// with an absent value is false, <c>ne</c> is <c>NOT eq</c>. Text that is not case-exact is upper-cased on both
/// sides (SQLite through <see cref="SqliteFunctions.Upper"/>, as its own <c>upper()</c> knows ASCII only); <c>co</c>,
/// <c>sw</c> and <c>ew</c> are substring tests, so <c>%</c> and <c>_</c> are plain characters; order comparisons
/// use code-point order (<c>COLLATE "C"</c>), as sorting does.
/// </summary>
internal sealed class DirectorySql
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteInstant = new();

    private readonly bool _postgres;
    private readonly ResourceType _type;
    private readonly List<object> _values = [];
    private (FilterAttribute Attribute, string Element)? _scope;
    private int _aliases;

    public DirectorySql(bool postgres, ResourceType type, Guid companyId)
    {
        _postgres = postgres;
        _type = type;
        Company = Param(GuidValue(companyId));
        Table = type == DirectoryCatalogue.GroupType ? "\"groups\"" : "\"users\"";
    }

    /// <summary>The parameter holding the company id: every statement, every sub-select included, filters by it.</summary>
    public string Company { get; }

    public string Table { get; }

    /// <summary>The parameters' values, named <c>@p0</c>, <c>@p1</c>, … in this order.</summary>
    public IReadOnlyList<object> Values => _values;

    private bool IsUsers => _type == DirectoryCatalogue.UserType;

    private string False => _postgres ? "FALSE" : "0";

    private string True => _postgres ? "TRUE" : "1";

    public string Where(DirectoryFilter filter) => filter switch
    {
        AndCondition and => $"({Where(and.Left)} AND {Where(and.Right)})",
        OrCondition or => $"({Where(or.Left)} OR {Where(or.Right)})",
        NotCondition not => $"(NOT {Where(not.Operand)})",
        ComparisonCondition { Operator: FilterOperator.NotEqual } ne => $"(NOT {Compare(ne with { Operator = FilterOperator.Equal })})",
        ComparisonCondition comparison => Compare(comparison),
        PresenceCondition present => Present(present.Attribute),
        ValuePathCondition valuePath => ValuePath(valuePath),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.GetType().Name, "Unknown filter node."),
    };

    /// <summary>The sort key's expression, and whether it is text (ordered with <c>COLLATE "C"</c> on PostgreSQL).</summary>
    public (string Sql, bool IsText) SortKey(DirectorySort sort)
    {
        var attribute = sort.Attribute;
        if (Column(attribute) is { } column) return (column.Sql, column.IsText);

        var leaf = attribute.Leaf;
        var isText = leaf.Type is not (AttributeType.Boolean or AttributeType.Decimal or AttributeType.Integer) || !_postgres;
        if (attribute.Resolved.Attribute.MultiValued)
        {
            var sub = attribute.ElementPath ?? ["value"];
            var alias = NextAlias();
            var value = Fold(attribute, ElementText(alias, sub));
            var primary = ElementText(alias, ["primary"]);
            return _postgres
                ? ($"(SELECT {value} FROM jsonb_array_elements({ArrayOf(attribute)}) WITH ORDINALITY AS {alias}(v, n) ORDER BY COALESCE({primary} = 'true', FALSE) DESC, {alias}.n LIMIT 1)", true)
                : ($"(SELECT {value} FROM json_each(r.profile, {JsonPath(attribute.DocumentPath!)}) AS {alias} ORDER BY CASE WHEN {primary} = 1 THEN 0 ELSE 1 END, {alias}.key LIMIT 1)", true);
        }

        var text = DocumentText(attribute);
        return (leaf.Type == AttributeType.String || attribute.ExtensionUrn is not null || leaf.Type == AttributeType.Reference ? Fold(attribute, text) : text, isText);
    }

    /// <summary>A sort key read back from the database as a parameter value again.</summary>
    public static KeysetPosition Position(object? key, Guid id) => key switch
    {
        null or DBNull => new KeysetPosition(null, null, id),
        string s => new KeysetPosition("s", s, id),
        bool b => new KeysetPosition("b", b ? "1" : "0", id),
        long l => new KeysetPosition("i", l.ToString(CultureInfo.InvariantCulture), id),
        int i => new KeysetPosition("i", i.ToString(CultureInfo.InvariantCulture), id),
        DateTime t => new KeysetPosition("t", t.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture), id),
        DateTimeOffset t => new KeysetPosition("t", t.UtcTicks.ToString(CultureInfo.InvariantCulture), id),
        Guid g => new KeysetPosition("g", g.ToString("D"), id),
        decimal d => new KeysetPosition("d", d.ToString(CultureInfo.InvariantCulture), id),
        double d => new KeysetPosition("d", d.ToString("R", CultureInfo.InvariantCulture), id),
        _ => new KeysetPosition("s", Convert.ToString(key, CultureInfo.InvariantCulture), id),
    };

    /// <summary>
    /// Rows after <paramref name="after"/> in the order <c>ORDER BY (k IS NULL), k, id</c> (ascending) or its exact
    /// reverse; null when the value cannot be read back (a cursor made for another sort).
    /// </summary>
    public string? After(string? key, bool isText, bool descending, KeysetPosition after)
    {
        var id = $"r.id {(descending ? "<" : ">")} {Param(GuidValue(after.Id))}";
        if (key is null) return id;
        var collate = isText && _postgres ? " COLLATE \"C\"" : string.Empty;
        if (after.KeyKind is null)
        {
            return descending ? $"({key} IS NOT NULL OR ({key} IS NULL AND {id}))" : $"({key} IS NULL AND {id})";
        }

        if (KeyValue(after) is not { } value) return null;
        var k = Param(value);
        var op = descending ? "<" : ">";
        var beyond = $"({key} IS NOT NULL AND ({key}{collate} {op} {k} OR ({key} = {k} AND {id})))";
        return descending ? beyond : $"({beyond} OR {key} IS NULL)";
    }

    public string OrderBy(string? key, bool isText, bool descending)
    {
        var direction = descending ? " DESC" : string.Empty;
        if (key is null) return $"r.id{direction}";
        var collate = isText && _postgres ? " COLLATE \"C\"" : string.Empty;
        return $"({key} IS NULL){direction}, {key}{collate}{direction}, r.id{direction}";
    }

    public string Param(object value)
    {
        _values.Add(value);
        return "@p" + (_values.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private object? KeyValue(KeysetPosition position)
    {
        var text = position.Key ?? string.Empty;
        return position.KeyKind switch
        {
            "s" => text,
            "b" when text is "0" or "1" => text == "1",
            "i" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            "t" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) && ticks >= 0 && ticks <= DateTime.MaxValue.Ticks =>
                new DateTime(ticks, DateTimeKind.Utc),
            "g" when Guid.TryParse(text, out var g) => GuidValue(g),
            "d" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    /// <summary>The column that keeps an attribute, when one does (for comparisons, presence and sorting).</summary>
    private (string Sql, bool IsText, bool Folded, bool Nullable)? Column(FilterAttribute attribute)
    {
        if (attribute.ExtensionUrn is not null) return null;
        return (attribute.Name, IsUsers) switch
        {
            ("id", _) => (_postgres ? "r.id" : "r.id", !_postgres, false, false),
            ("meta.created", _) => ("r.created_at", false, false, false),
            ("meta.lastModified", _) => ("r.last_modified_at", false, false, false),
            ("externalId", _) => ("r.external_id", true, false, true),
            ("displayName", true) => ("r.normalized_display_name", true, true, true),
            ("displayName", false) => ("r.normalized_display_name", true, true, false),
            ("userName", true) => ("r.normalized_user_name", true, true, false),
            ("active", true) => ("r.active", false, false, false),
            _ => null,
        };
    }

    private string Compare(ComparisonCondition comparison)
    {
        var (attribute, op, value) = (comparison.Attribute, comparison.Operator, comparison.Value);
        if (_scope is { } scope && SameMultiValued(scope.Attribute, attribute))
        {
            return IsMembership(attribute) ? MemberCompare(scope.Element, op, value) : ScalarCompare(ElementText(scope.Element, attribute.ElementPath ?? ["value"]), attribute, op, value);
        }

        if (IsMembership(attribute)) return Membership(alias => MemberCompare(alias, op, value));

        if (attribute.Name == "id") return IdCompare(op, value);
        if (Column(attribute) is { } column)
        {
            if (value.Kind == FilterValueKind.DateTime) return Ordered(column.Sql, op, InstantValue(value.Instant!.Value), isText: false);
            if (value.Kind == FilterValueKind.Boolean) return $"{column.Sql} = {Param(value.Boolean!.Value)}";
            var text = value.Text!;
            var needle = column.Folded ? (op == FilterOperator.Equal ? text.Trim() : text).ToUpperInvariant() : text;
            var test = TextTest(column.Sql, op, needle);
            return column.Nullable ? $"({column.Sql} IS NOT NULL AND {test})" : test;
        }

        // emails.value eq: the bar-separated column of every address, when the value is not blank and holds no bar (the
        // split column holds empty strings at its ends, so a blank value would match every user with an address).
        if (IsUsers && op == FilterOperator.Equal && attribute.Name == "emails.value" && value.Text is { } email && !string.IsNullOrWhiteSpace(email) && !email.Contains('|', StringComparison.Ordinal))
        {
            if (!_postgres) return $"(instr(r.normalized_emails, {Param("|" + email.Trim().ToUpperInvariant() + "|")}) > 0)";
            // An exact lookup in the GIN index on the column split into addresses (migration EmailValuesIndex).
            return $"(string_to_array(r.normalized_emails, '|') @> ARRAY[{Param(email.Trim().ToUpperInvariant())}]::text[])";
        }

        if (attribute.Resolved.Attribute.MultiValued)
        {
            return Elements(attribute, alias => ScalarCompare(ElementText(alias, attribute.ElementPath ?? ["value"]), attribute, op, value));
        }

        return ScalarCompare(DocumentText(attribute), attribute, op, value);
    }

    private string Present(FilterAttribute attribute)
    {
        if (_scope is { } scope && SameMultiValued(scope.Attribute, attribute))
        {
            return IsMembership(attribute) ? True : NonEmpty(ElementText(scope.Element, attribute.ElementPath ?? ["value"]));
        }

        if (IsMembership(attribute)) return Membership(_ => True);
        if (Column(attribute) is { } column) return column.Nullable ? $"({column.Sql} IS NOT NULL AND {column.Sql} <> '')" : True;
        if (attribute.Resolved.Attribute.MultiValued)
        {
            return attribute.ElementPath is { } sub
                ? Elements(attribute, alias => NonEmpty(ElementText(alias, sub)))
                : Elements(attribute, alias => _postgres ? $"{alias}.v NOT IN ('null'::jsonb, '{{}}'::jsonb)" : $"{alias}.type <> 'null'");
        }

        var (root, path) = Document(attribute);
        if (_postgres)
        {
            var json = $"jsonb_extract_path({root}, {PathArguments(path)})";
            return $"({json} IS NOT NULL AND {json} NOT IN ('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, '{{}}'::jsonb))";
        }

        var p = JsonPath(path);
        return $"COALESCE(json_type({root}, {p}) <> 'null' AND CAST(json_extract({root}, {p}) AS TEXT) NOT IN ('', '[]', '{{}}'), 0)";
    }

    private string ValuePath(ValuePathCondition valuePath)
    {
        // emails[value eq "…"] says what emails.value eq "…" says: the same indexed lookup.
        if (IsUsers && valuePath.Condition is ComparisonCondition { Operator: FilterOperator.Equal, Attribute.Name: "emails.value" } only) return Compare(only);

        var attribute = valuePath.Attribute;
        var outer = _scope;
        try
        {
            return IsMembership(attribute)
                ? Membership(alias => Scoped(attribute, alias, valuePath.Condition))
                : Elements(attribute, alias => Scoped(attribute, alias, valuePath.Condition));
        }
        finally
        {
            _scope = outer;
        }
    }

    private string Scoped(FilterAttribute attribute, string alias, DirectoryFilter condition)
    {
        _scope = (attribute, alias);
        return Where(condition);
    }

    /// <summary>Some value of a multi-valued attribute kept in the document satisfies <paramref name="test"/>.</summary>
    private string Elements(FilterAttribute attribute, Func<string, string> test)
    {
        var alias = NextAlias();
        return _postgres
            ? $"EXISTS (SELECT 1 FROM jsonb_array_elements({ArrayOf(attribute)}) AS {alias}(v) WHERE {test(alias)})"
            : $"EXISTS (SELECT 1 FROM json_each(r.profile, {JsonPath(attribute.DocumentPath!)}) AS {alias} WHERE {test(alias)})";
    }

    /// <summary>Some membership row of the resource (a user's groups, a group's members) satisfies <paramref name="test"/>.</summary>
    private string Membership(Func<string, string> test)
    {
        var alias = NextAlias();
        var owner = IsUsers ? "user_id" : "group_id";
        return $"EXISTS (SELECT 1 FROM group_members {alias} WHERE {alias}.company_id = {Company} AND {alias}.{owner} = r.id AND {test(alias)})";
    }

    private string MemberCompare(string alias, FilterOperator op, FilterValue value)
    {
        var column = $"{alias}.{(IsUsers ? "group_id" : "user_id")}";
        if (op == FilterOperator.Equal) return Guid.TryParseExact(value.Text, "D", out var id) ? $"{column} = {Param(GuidValue(id))}" : False;
        return TextTest(_postgres ? $"{column}::text" : $"lower({column})", op, value.Text!);
    }

    private string IdCompare(FilterOperator op, FilterValue value)
    {
        if (op == FilterOperator.Equal) return Guid.TryParseExact(value.Text, "D", out var id) ? $"r.id = {Param(GuidValue(id))}" : False;
        return TextTest(_postgres ? "r.id::text" : "lower(r.id)", op, value.Text!);
    }

    private string ScalarCompare(string text, FilterAttribute attribute, FilterOperator op, FilterValue value)
    {
        switch (value.Kind)
        {
            case FilterValueKind.Boolean:
                return $"({text} IS NOT NULL AND {text} = {Param(_postgres ? (value.Boolean!.Value ? "true" : "false") : (value.Boolean!.Value ? 1L : 0L))})";
            case FilterValueKind.Number:
                var number = _postgres ? $"CAST({text} AS numeric)" : $"CAST({text} AS REAL)";
                return $"({text} IS NOT NULL AND {Ordered(number, op, _postgres ? value.Number!.Value : (object)(double)value.Number!.Value, isText: false)})";
            case FilterValueKind.DateTime:
                var instant = value.Instant!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
                return $"({text} IS NOT NULL AND {TextTest(text, op, instant)})";
            default:
                var folded = !attribute.CaseExact;
                var needle = folded ? value.Text!.ToUpperInvariant() : value.Text!;
                return $"({text} IS NOT NULL AND {TextTest(folded ? Fold(text) : Text(text), op, needle)})";
        }
    }

    private string TextTest(string sql, FilterOperator op, string needle)
    {
        var v = Param(needle);
        return op switch
        {
            FilterOperator.Equal => $"{sql} = {v}",
            FilterOperator.Contains => _postgres ? $"strpos({sql}, {v}) > 0" : $"instr({sql}, {v}) > 0",
            FilterOperator.StartsWith => _postgres ? $"starts_with({sql}, {v})" : $"substr({sql}, 1, length({v})) = {v}",
            FilterOperator.EndsWith => _postgres ? $"right({sql}, length({v})) = {v}" : $"(length({sql}) >= length({v}) AND substr({sql}, length({sql}) - length({v}) + 1) = {v})",
            _ => Ordered(sql, op, needle, isText: true, v),
        };
    }

    private string Ordered(string sql, FilterOperator op, object value, bool isText, string? parameter = null)
    {
        var v = parameter ?? Param(value);
        var collate = isText && _postgres ? " COLLATE \"C\"" : string.Empty;
        var symbol = op switch
        {
            FilterOperator.Equal => "=",
            FilterOperator.GreaterThan => ">",
            FilterOperator.GreaterThanOrEqual => ">=",
            FilterOperator.LessThan => "<",
            FilterOperator.LessThanOrEqual => "<=",
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not an ordering operator."),
        };
        return $"{sql}{collate} {symbol} {v}";
    }

    private string NonEmpty(string text) => $"({text} IS NOT NULL AND {Text(text)} <> '')";

    private string Fold(FilterAttribute attribute, string text) => attribute.CaseExact ? text : Fold(text);

    private string Fold(string text) => _postgres ? $"upper({text})" : $"{SqliteFunctions.Upper}({text})";

    private string Text(string text) => _postgres ? text : $"CAST({text} AS TEXT)";

    private string DocumentText(FilterAttribute attribute)
    {
        var (root, path) = Document(attribute);
        return _postgres ? $"jsonb_extract_path_text({root}, {PathArguments(path)})" : $"json_extract({root}, {JsonPath(path)})";
    }

    /// <summary>
    /// The JSON document an attribute is read from and its path inside it. A custom extension's attributes are read
    /// from <c>customExtensions</c>, whether that is an object or (as rows written before the lossless-attributes change
    /// keep it) a JSON string holding one.
    /// </summary>
    private (string Root, IReadOnlyList<string> Path) Document(FilterAttribute attribute)
    {
        var path = attribute.DocumentPath!;
        if (attribute.ExtensionUrn is null) return (_postgres ? "r.profile::jsonb" : "r.profile", path);
        var extensions = _postgres
            ? "(CASE WHEN jsonb_typeof(r.profile::jsonb -> 'customExtensions') = 'string' THEN (r.profile::jsonb ->> 'customExtensions')::jsonb ELSE r.profile::jsonb -> 'customExtensions' END)"
            : "json_extract(r.profile, '$.customExtensions')";
        return (extensions, path.Skip(1).ToList());
    }

    private string ElementText(string alias, IReadOnlyList<string> sub) =>
        _postgres
            ? $"jsonb_extract_path_text({alias}.v, {PathArguments(sub)})"
            : $"(CASE WHEN {alias}.type = 'object' THEN json_extract({alias}.value, {JsonPath(sub)}) END)";

    private string ArrayOf(FilterAttribute attribute)
    {
        var json = $"jsonb_extract_path(r.profile::jsonb, {PathArguments(attribute.DocumentPath!)})";
        return $"CASE WHEN jsonb_typeof({json}) = 'array' THEN {json} END";
    }

    private string PathArguments(IReadOnlyList<string> path) => string.Join(", ", path.Select(Param));

    /// <summary>A SQLite JSON path with every key quoted (URNs hold dots and colons), as one parameter.</summary>
    private string JsonPath(IReadOnlyList<string> path) =>
        Param("$" + string.Concat(path.Select(segment => ".\"" + segment.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"")));

    private bool IsMembership(FilterAttribute attribute) =>
        attribute.ExtensionUrn is null && attribute.Resolved.Attribute.StoredAt is null && attribute.Resolved.Attribute.Name is "groups" or "members";

    private static bool SameMultiValued(FilterAttribute scope, FilterAttribute attribute) =>
        scope.ExtensionUrn == attribute.ExtensionUrn && scope.Resolved.Attribute.Name == attribute.Resolved.Attribute.Name;

    private string NextAlias() => "e" + (_aliases++).ToString(CultureInfo.InvariantCulture);

    private object GuidValue(Guid id) => _postgres ? id : id.ToString("D").ToUpperInvariant();

    private object InstantValue(DateTimeOffset instant) => _postgres ? instant.UtcDateTime : SqliteInstant.ConvertToProvider(instant.ToUniversalTime())!;
}
