using System.Globalization;
using System.Text;

namespace Platform.Api.Scim.Common.Filtering;

/// <summary>
/// Hand-written recursive descent over filter text, shared by the filter and PATCH path parsers. It only moves
/// forward, so its work is linear in the input whatever the input is. The first problem is kept in
/// <see cref="Problem"/> and every read method then returns null (or false) up to the caller, never an exception.
/// </summary>
internal sealed class ScimFilterReader
{
    private static readonly (string Keyword, ComparisonOperator Operator)[] ComparisonKeywords =
    [
        ("eq", ComparisonOperator.Equal),
        ("ne", ComparisonOperator.NotEqual),
        ("co", ComparisonOperator.Contains),
        ("sw", ComparisonOperator.StartsWith),
        ("ew", ComparisonOperator.EndsWith),
        ("gt", ComparisonOperator.GreaterThan),
        ("ge", ComparisonOperator.GreaterThanOrEqual),
        ("lt", ComparisonOperator.LessThan),
        ("le", ComparisonOperator.LessThanOrEqual),
    ];

    private const string OperatorList = "eq, ne, co, sw, ew, gt, ge, lt, le or pr";

    private readonly string _text;
    private readonly string _subject;
    private readonly string _scimType;
    private int _position;
    private int _depth;

    private ScimFilterReader(string text, string subject, string scimType)
    {
        _text = text;
        _subject = subject;
        _scimType = scimType;
    }

    public ScimProblem? Problem { get; private set; }

    /// <summary>Checks what every input must satisfy, then lets <paramref name="read"/> consume the text.</summary>
    /// <param name="subject">What the text is ("filter", "path"), for messages.</param>
    /// <param name="scimType">The 400's <c>scimType</c> when the text cannot be read (<c>invalidFilter</c>, <c>invalidPath</c>).</param>
    public static ScimResult<T> Read<T>(string? text, string subject, string scimType, Func<ScimFilterReader, T?> read)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text)) return Invalid(scimType, $"The {subject} is empty.");
        if (text.Length > ScimFilterParser.MaxLength)
        {
            return Invalid(scimType, $"The {subject} is {text.Length} characters long; at most {ScimFilterParser.MaxLength} are allowed.");
        }

        var reader = new ScimFilterReader(text, subject, scimType);
        var value = read(reader);
        return value is not null ? value : reader.Problem ?? throw new InvalidOperationException("The reader failed without saying why.");
    }

    /// <summary>FILTER, and nothing after it.</summary>
    public ScimFilter? ReadWholeFilter()
    {
        var filter = ReadOr(insideValuePath: false);
        return filter is not null && ExpectEnd("'and', 'or' or the end of the filter") ? filter : null;
    }

    /// <summary><c>[urn:…:]name[.sub]</c> at the current position, no spaces skipped.</summary>
    public AttributePath? ReadAttributePath()
    {
        var start = _position;
        var end = WordEnd(start);
        if (end == start) return Fail<AttributePath>(start, $"expected an attribute name, found {Describe(start)}");

        _position = end;
        var word = _text[start..end];
        var colon = word.LastIndexOf(':');
        var schemaUrn = colon < 0 ? null : word[..colon];
        var rest = word[(colon + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? rest : rest[..dot];
        var subAttribute = dot < 0 ? null : rest[(dot + 1)..];
        if ((schemaUrn is not null && !IsSchemaUrn(schemaUrn)) || !IsAttributeName(name) || (subAttribute is not null && !IsAttributeName(subAttribute)))
        {
            return Fail<AttributePath>(
                start,
                $"{ScimProblem.Quote(word)} is not an attribute path; expected name, name.subAttribute, or either of them after a schema URN and ':'");
        }

        return new AttributePath(name, subAttribute, schemaUrn);
    }

    /// <summary>
    /// <c>[valFilter]</c> after <paramref name="path"/>, the current character being '['. It selects elements of a
    /// multi-valued complex attribute, and complex attributes do not nest (RFC 7643 §2.3.8), so a sub-attribute
    /// cannot come before it.
    /// </summary>
    public ScimFilter? ReadValueFilter(AttributePath path)
    {
        var openedAt = _position;
        if (path.SubAttribute is not null)
        {
            return Fail<ScimFilter>(openedAt, $"{ScimProblem.Quote(path.ToString())} names a sub-attribute; '[' may only follow a multi-valued attribute");
        }

        _position++;
        if (!Enter(openedAt)) return null;
        var filter = ReadOr(insideValuePath: true);
        return filter is not null && Close(']', openedAt) ? filter : null;
    }

    /// <summary>The <c>name</c> after a '.' that follows <c>]</c> in a PATCH path.</summary>
    public string? ReadSubAttribute()
    {
        var start = _position;
        var end = WordEnd(start);
        var word = _text[start..end];
        return IsAttributeName(word) ? Advance(end, word) : Fail<string>(start, $"expected a sub-attribute name after '.', found {Describe(start)}");
    }

    public bool TryRead(char expected)
    {
        if (_position >= _text.Length || _text[_position] != expected) return false;
        _position++;
        return true;
    }

    public bool IsAt(char expected) => _position < _text.Length && _text[_position] == expected;

    public bool ExpectEnd(string expected)
    {
        SkipSpaces();
        return _position == _text.Length || Reject(_position, $"expected {expected}, found {Describe(_position)}");
    }

    private ScimFilter? ReadOr(bool insideValuePath) =>
        ReadChain(LogicalOperator.Or, "or", () => ReadAnd(insideValuePath));

    private ScimFilter? ReadAnd(bool insideValuePath) =>
        ReadChain(LogicalOperator.And, "and", () => ReadOperand(insideValuePath));

    /// <summary>One precedence level: operands joined by one keyword, left-associative, read in a loop.</summary>
    private ScimFilter? ReadChain(LogicalOperator logicalOperator, string keyword, Func<ScimFilter?> readOperand)
    {
        var left = readOperand();
        while (left is not null && TryKeyword(keyword))
        {
            var right = readOperand();
            left = right is null ? null : new LogicalFilter(logicalOperator, left, right);
        }

        return left;
    }

    /// <summary><c>( FILTER )</c>, <c>not ( FILTER )</c>, or an attribute expression.</summary>
    private ScimFilter? ReadOperand(bool insideValuePath)
    {
        SkipSpaces();
        var start = _position;
        if (TryRead('(')) return ReadGroup(start, insideValuePath, inner => inner);

        // "not" only counts as the operator before '('; otherwise it is an attribute that happens to be called "not".
        var wordEnd = WordEnd(start);
        var afterWord = SkipSpaces(wordEnd);
        if (IsKeyword(start, wordEnd, "not") && afterWord < _text.Length && _text[afterWord] == '(')
        {
            _position = afterWord + 1;
            return ReadGroup(afterWord, insideValuePath, inner => new NotFilter(inner));
        }

        return ReadAttributeExpression(insideValuePath);
    }

    private ScimFilter? ReadGroup(int openedAt, bool insideValuePath, Func<ScimFilter, ScimFilter> wrap)
    {
        if (!Enter(openedAt)) return null;
        var inner = ReadOr(insideValuePath);
        return inner is not null && Close(')', openedAt) ? wrap(inner) : null;
    }

    /// <summary><c>attrPath pr</c>, <c>attrPath op value</c>, or the value path <c>attrPath[valFilter]</c>.</summary>
    private ScimFilter? ReadAttributeExpression(bool insideValuePath)
    {
        var path = ReadAttributePath();
        if (path is null) return null;

        SkipSpaces();
        if (IsAt('['))
        {
            if (insideValuePath) return Fail<ScimFilter>(_position, "a value filter '[…]' cannot contain another one");
            var filter = ReadValueFilter(path);
            return filter is null ? null : new ValuePathFilter(path, filter);
        }

        var operatorStart = _position;
        var operatorEnd = WordEnd(operatorStart);
        if (IsKeyword(operatorStart, operatorEnd, "pr"))
        {
            _position = operatorEnd;
            return new PresentFilter(path);
        }

        foreach (var (keyword, comparison) in ComparisonKeywords)
        {
            if (!IsKeyword(operatorStart, operatorEnd, keyword)) continue;
            _position = operatorEnd;
            var value = ReadComparisonValue(keyword);
            return value is null ? null : new ComparisonFilter(path, comparison, value);
        }

        return Fail<ScimFilter>(operatorStart, $"expected an operator ({OperatorList}) after {ScimProblem.Quote(path.ToString())}, found {Describe(operatorStart)}");
    }

    private ComparisonValue? ReadComparisonValue(string operatorKeyword)
    {
        SkipSpaces();
        var start = _position;
        if (start < _text.Length && _text[start] == '"') return ReadString();
        if (start < _text.Length && (_text[start] == '-' || char.IsAsciiDigit(_text[start]))) return ReadNumber();

        var end = WordEnd(start);
        ComparisonValue? literal =
            IsKeyword(start, end, "true") ? new BooleanValue(true)
            : IsKeyword(start, end, "false") ? new BooleanValue(false)
            : IsKeyword(start, end, "null") ? NullValue.Instance
            : null;
        return literal is not null
            ? Advance(end, literal)
            : Fail<ComparisonValue>(start, $"expected a value after '{operatorKeyword}' (a quoted string, a number, true, false or null), found {Describe(start)}");
    }

    /// <summary>A JSON string (RFC 8259 §7): raw control characters must be escaped, surrogates must pair up.</summary>
    private StringValue? ReadString()
    {
        var start = _position++;
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                var text = value.ToString();
                return IsWellFormedUtf16(text) ? new StringValue(text) : Fail<StringValue>(start, "the string has a UTF-16 surrogate without its pair");
            }

            if (c < ' ') return Fail<StringValue>(_position, $"{Describe(_position)} must be escaped inside a string");
            if (c == '\\')
            {
                if (!ReadEscape(value)) return null;
                continue;
            }

            value.Append(c);
            _position++;
        }

        return Fail<StringValue>(start, "the string is not closed with '\"'");
    }

    private bool ReadEscape(StringBuilder value)
    {
        var start = _position;
        var kind = start + 1 < _text.Length ? _text[start + 1] : '\0';
        char? simple = kind switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (simple is not null)
        {
            value.Append(simple.Value);
            _position += 2;
            return true;
        }

        if (kind == 'u' && start + 6 <= _text.Length
            && ushort.TryParse(_text.AsSpan(start + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            value.Append((char)code);
            _position += 6;
            return true;
        }

        return Reject(start, "invalid escape in string; expected \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits");
    }

    /// <summary>A JSON number (RFC 8259 §6), held as decimal.</summary>
    private NumberValue? ReadNumber()
    {
        var start = _position;
        TryRead('-');
        if (TryRead('0'))
        {
            if (_position < _text.Length && char.IsAsciiDigit(_text[_position])) return Fail<NumberValue>(start, "a number cannot have leading zeros");
        }
        else if (!SkipDigits())
        {
            return Fail<NumberValue>(start, "'-' must be followed by digits");
        }

        if (TryRead('.') && !SkipDigits()) return Fail<NumberValue>(start, "a number needs digits after '.'");
        if (TryRead('e') || TryRead('E'))
        {
            if (!TryRead('+')) TryRead('-');
            if (!SkipDigits()) return Fail<NumberValue>(start, "a number needs digits after its exponent 'e'");
        }

        var text = _text[start.._position];
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new NumberValue(number)
            : Fail<NumberValue>(start, $"the number {ScimProblem.Quote(text)} is out of range");
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position])) _position++;
        return _position > start;
    }

    private bool TryKeyword(string keyword)
    {
        SkipSpaces();
        var end = WordEnd(_position);
        if (!IsKeyword(_position, end, keyword)) return false;
        _position = end;
        return true;
    }

    private bool Enter(int openedAt)
    {
        _depth++;
        return _depth <= ScimFilterParser.MaxDepth || Reject(openedAt, $"the {_subject} nests deeper than {ScimFilterParser.MaxDepth} levels");
    }

    private bool Close(char closing, int openedAt)
    {
        SkipSpaces();
        if (!TryRead(closing))
        {
            return Reject(_position, $"expected '{closing}' to close the '{_text[openedAt]}' at position {openedAt + 1}, found {Describe(_position)}");
        }

        _depth--;
        return true;
    }

    private void SkipSpaces() => _position = SkipSpaces(_position);

    // Space and tab only: other control characters never belong between tokens.
    private int SkipSpaces(int from)
    {
        while (from < _text.Length && _text[from] is ' ' or '\t') from++;
        return from;
    }

    /// <summary>End of the run of characters that can make up a keyword or an attribute path, URN included.</summary>
    private int WordEnd(int from)
    {
        while (from < _text.Length && IsWordChar(_text[from])) from++;
        return from;
    }

    private bool IsKeyword(int start, int end, string keyword) =>
        _text.AsSpan(start, end - start).Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '$' or ':' or '.';

    /// <summary>RFC 7643 §2.1 ATTRNAME (a letter, then letters, digits, '-' or '_'), plus the reserved <c>$ref</c>.</summary>
    private static bool IsAttributeName(string name) =>
        name.Equals("$ref", StringComparison.OrdinalIgnoreCase)
        || (name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));

    private static bool IsSchemaUrn(string urn) =>
        urn.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && urn.Length > 4 && !urn.Contains("::", StringComparison.Ordinal);

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }

        return true;
    }

    private string Describe(int at)
    {
        if (at >= _text.Length) return $"the end of the {_subject}";
        var c = _text[at];
        if (c == '"') return "a quoted string";
        var end = WordEnd(at);
        if (end > at) return ScimProblem.Quote(_text[at..end]);
        return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c)
            ? $"the character U+{(int)c:X4}"
            : $"'{c}'";
    }

    private T Advance<T>(int end, T value)
    {
        _position = end;
        return value;
    }

    private T? Fail<T>(int at, string problem)
        where T : class
    {
        Reject(at, problem);
        return null;
    }

    private bool Reject(int at, string problem)
    {
        Problem ??= Invalid(_scimType, $"Invalid {_subject} at position {at + 1}: {problem}.", at + 1);
        return false;
    }

    private static ScimProblem Invalid(string scimType, string detail, int? position = null) =>
        new(StatusCodes.Status400BadRequest, detail, scimType, position);
}
