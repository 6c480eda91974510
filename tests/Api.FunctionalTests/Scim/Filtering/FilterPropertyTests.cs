using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Platform.Api.FunctionalTests.Infrastructure;

namespace Platform.Api.FunctionalTests.Scim.Filtering;

/// <summary>
/// Random filters over random users: the users PostgreSQL selects (through HTTP, so through the translation and the
/// fast paths alike) are the users <see cref="ReferenceFilter"/>, an evaluator written here from RFC 7644 §3.4.2.2 and
/// the documented rules for absent values, selects. Values are short runs of mixed-case letters so that comparisons
/// hit often.
/// </summary>
public sealed class FilterPropertyTests(PlatformApiFactory factory) : IClassFixture<PlatformApiFactory>
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static readonly string[] Letters = ["a", "A", "b", "B", "ab", "Ab", "aB", "ba", "BA", "bb"];

    private static readonly Gen<string> Word = Gen.OneOfConst(Letters);

    private static readonly Gen<string?> MaybeWord = Gen.Frequency((3, Word.Select(w => (string?)w)), (1, Gen.Const((string?)null)));

    private static readonly Gen<Person> People = Gen.Select(
        Word, MaybeWord, MaybeWord, MaybeWord, MaybeWord, Gen.Bool,
        Gen.Select(Word, Word, Gen.OneOfConst<string?>("work", "home", "Work", null)).Array[0, 2],
        (user, display, title, given, department, active, emails) => new Person(user, display, title, given, department, active, emails));

    [Fact]
    public async Task RandomFilters_SelectWhatTheReferenceEvaluatorSelects()
    {
        var (company, token) = await factory.CreateCompanyWithOktaAsync();
        var scim = factory.ScimClient(token);
        var users = $"/scim/v2/{company.Key}/Users";
        var people = Check.Single(People.Array[60, 60]);
        var stored = new List<StoredPerson>();
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i] with { UserName = $"{people[i].UserName}{i:D2}" };
            var created = await scim.PostScim(users, person.ToScim(), "v2");
            var body = await created.ReadObjectAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
            stored.Add(new StoredPerson((string)body["id"]!, person, DateTimeOffset.Parse((string)body["meta"]!["lastModified"]!, CultureInfo.InvariantCulture)));
        }

        var instants = stored.Select(s => s.LastModified).ToArray();
        await FilterGen(Gen.OneOfConst(instants), depth: 3).SampleAsync(
            async filter =>
            {
                var response = await scim.GetAsync($"{users}?count=1000&filter={Uri.EscapeDataString(filter.Text)}");
                var body = await response.ReadObjectAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{filter.Text}: {body}");
                var actual = body["Resources"]!.AsArray().Select(u => (string)u!["id"]!).Order(StringComparer.Ordinal).ToArray();
                var expected = stored.Where(filter.Matches).Select(s => s.Id).Order(StringComparer.Ordinal).ToArray();
                Assert.True(expected.SequenceEqual(actual), $"{filter.Text}: expected {expected.Length} users, the server selected {actual.Length}");
            },
            iter: 200,
            threads: 1,
            print: filter => filter.Text);
    }

    private static Gen<ReferenceFilter> FilterGen(Gen<DateTimeOffset> instants, int depth)
    {
        var leaf = Gen.Frequency(
            (6, Gen.Select(Gen.OneOfConst(StringAttributes), Gen.OneOfConst(Operators), Word, Gen.Int[0, 5])
                .Select((attribute, op, word, empty) => ReferenceFilter.Compare(attribute, op, empty == 0 ? string.Empty : word))),
            (2, Gen.OneOfConst(StringAttributes.Append("emails").ToArray()).Select(ReferenceFilter.Present)),
            (2, Gen.Select(Gen.OneOfConst("eq", "ne"), Gen.Bool).Select(ReferenceFilter.Active)),
            (1, Gen.Select(Gen.OneOfConst("gt", "ge", "lt", "le", "eq"), instants).Select(ReferenceFilter.Modified)),
            (3, ValuePath()));
        if (depth == 0) return leaf;
        var inner = FilterGen(instants, depth - 1);
        return Gen.Frequency(
            (4, leaf),
            (2, Gen.Select(inner, inner).Select(ReferenceFilter.And)),
            (2, Gen.Select(inner, inner).Select(ReferenceFilter.Or)),
            (1, inner.Select(ReferenceFilter.Not)));
    }

    private static Gen<ReferenceFilter> ValuePath()
    {
        var condition = Gen.Frequency(
            (3, Gen.Select(Gen.OneOfConst("value", "type"), Gen.OneOfConst(Operators), Gen.OneOfConst([.. Letters, "work", "WORK", "home", "@"]))
                .Select(ElementFilter.Compare)),
            (1, Gen.OneOfConst("value", "type").Select(ElementFilter.Present)));
        return Gen.Frequency(
            (3, condition.Select(c => ReferenceFilter.Emails(c))),
            (1, Gen.Select(condition, condition).Select((l, r) => ReferenceFilter.Emails(ElementFilter.And(l, r)))),
            (1, Gen.Select(condition, condition).Select((l, r) => ReferenceFilter.Emails(ElementFilter.Or(l, r)))),
            (1, condition.Select(c => ReferenceFilter.Emails(ElementFilter.Not(c)))));
    }

    private static readonly string[] Operators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];

    private static readonly string[] StringAttributes = ["userName", "displayName", "title", "name.givenName", "emails.value", "emails.type", $"{Enterprise}:department", "emails"];

    internal sealed record Person(string UserName, string? DisplayName, string? Title, string? GivenName, string? Department, bool Active, (string Local, string Domain, string? Type)[] Emails)
    {
        public JsonObject ToScim()
        {
            var body = new JsonObject
            {
                ["schemas"] = new JsonArray(ScimWire.UserV2, Enterprise),
                ["userName"] = UserName,
                ["active"] = Active,
                ["emails"] = new JsonArray(Emails.Select(e => (JsonNode)Email(e)).ToArray()),
            };
            if (DisplayName is not null) body["displayName"] = DisplayName;
            if (Title is not null) body["title"] = Title;
            if (GivenName is not null) body["name"] = new JsonObject { ["givenName"] = GivenName };
            if (Department is not null) body[Enterprise] = new JsonObject { ["department"] = Department };
            return body;
        }

        /// <summary>The values of an attribute (several for a multi-valued one's sub-attribute), absent ones left out.</summary>
        public IEnumerable<string> Values(string attribute) => attribute switch
        {
            "userName" => [UserName],
            "displayName" => Some(DisplayName),
            "title" => Some(Title),
            "name.givenName" => Some(GivenName),
            $"{Enterprise}:department" => Some(Department),
            "emails.value" or "emails" => Emails.Select(e => $"{e.Local}@{e.Domain}"),
            "emails.type" => Emails.Select(e => e.Type).OfType<string>(),
            _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
        };

        private static JsonObject Email((string Local, string Domain, string? Type) e)
        {
            var email = new JsonObject { ["value"] = $"{e.Local}@{e.Domain}" };
            if (e.Type is not null) email["type"] = e.Type;
            return email;
        }

        private static IEnumerable<string> Some(string? value) => value is null ? [] : [value];
    }

    internal sealed record StoredPerson(string Id, Person Person, DateTimeOffset LastModified);

    /// <summary>A filter as text and as the reference meaning of that text.</summary>
    internal sealed record ReferenceFilter(string Text, Func<StoredPerson, bool> Matches)
    {
        public static ReferenceFilter Compare(string attribute, string op, string word) =>
            new($"{attribute} {op} \"{word}\"", p => op == "ne"
                ? !p.Person.Values(attribute).Any(v => TextMatches(v, "eq", word))
                : p.Person.Values(attribute).Any(v => TextMatches(v, op, word)));

        public static ReferenceFilter Present(string attribute) =>
            new($"{attribute} pr", p => p.Person.Values(attribute).Any(v => v.Length > 0));

        public static ReferenceFilter Active(string op, bool flag) =>
            new($"active {op} {(flag ? "true" : "false")}", p => (p.Person.Active == flag) == (op == "eq"));

        public static ReferenceFilter Modified(string op, DateTimeOffset at) =>
            new($"meta.lastModified {op} \"{at.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'}\"", p => Order(p.LastModified.CompareTo(at), op));

        public static ReferenceFilter Emails(ElementFilter condition) =>
            new($"emails[{condition.Text}]", p => p.Person.Emails.Any(condition.Matches));

        public static ReferenceFilter And(ReferenceFilter l, ReferenceFilter r) => new($"({l.Text}) and ({r.Text})", p => l.Matches(p) && r.Matches(p));

        public static ReferenceFilter Or(ReferenceFilter l, ReferenceFilter r) => new($"({l.Text}) or ({r.Text})", p => l.Matches(p) || r.Matches(p));

        public static ReferenceFilter Not(ReferenceFilter f) => new($"not ({f.Text})", p => !f.Matches(p));

        /// <summary>Text comparison without case (every attribute here is caseExact=false), in code-point order.</summary>
        public static bool TextMatches(string value, string op, string word)
        {
            var (v, w) = (value.ToUpperInvariant(), word.ToUpperInvariant());
            return op switch
            {
                "eq" => v == w,
                "co" => v.Contains(w, StringComparison.Ordinal),
                "sw" => v.StartsWith(w, StringComparison.Ordinal),
                "ew" => v.EndsWith(w, StringComparison.Ordinal),
                _ => Order(string.CompareOrdinal(v, w), op),
            };
        }

        public static bool Order(int comparison, string op) => op switch
        {
            "eq" => comparison == 0,
            "gt" => comparison > 0,
            "ge" => comparison >= 0,
            "lt" => comparison < 0,
            _ => comparison <= 0,
        };
    }

    /// <summary>A condition inside <c>emails[…]</c>, on one email.</summary>
    internal sealed record ElementFilter(string Text, Func<(string Local, string Domain, string? Type), bool> Matches)
    {
        public static ElementFilter Compare(string sub, string op, string word) =>
            new($"{sub} {op} \"{word}\"", e => Of(e, sub) is { } v ? (op == "ne" ? !ReferenceFilter.TextMatches(v, "eq", word) : ReferenceFilter.TextMatches(v, op, word)) : op == "ne");

        public static ElementFilter Present(string sub) => new($"{sub} pr", e => Of(e, sub) is { Length: > 0 });

        public static ElementFilter And(ElementFilter l, ElementFilter r) => new($"{l.Text} and {r.Text}", e => l.Matches(e) && r.Matches(e));

        public static ElementFilter Or(ElementFilter l, ElementFilter r) => new($"{l.Text} or {r.Text}", e => l.Matches(e) || r.Matches(e));

        public static ElementFilter Not(ElementFilter f) => new($"not ({f.Text})", e => !f.Matches(e));

        private static string? Of((string Local, string Domain, string? Type) e, string sub) => sub == "value" ? $"{e.Local}@{e.Domain}" : e.Type;
    }
}
