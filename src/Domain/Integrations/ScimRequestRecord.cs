using Platform.Domain.Tenancy;

namespace Platform.Domain.Integrations;

/// <summary>
/// One SCIM request an identity provider made to a company, as the admin's request log shows it: what was asked,
/// what was answered, how long it took. The bodies are redacted before they get here (no password, never a token)
/// and cut at <see cref="BodyMaxChars"/>. Written behind the request, in batches; pruned after the retention period.
/// </summary>
public sealed class ScimRequestRecord
{
    public const int MethodMaxLength = 10;
    public const int PathMaxLength = 2000;
    public const int ErrorDetailMaxLength = 1000;
    public const int RequestIdMaxLength = 100;
    public const int BodyMaxChars = 64 * 1024;
    public const string TruncationMarker = "\n… (cut: the rest was not kept)";

    // For EF Core materialisation.
    private ScimRequestRecord()
    {
        Version = Method = Path = RequestId = string.Empty;
    }

    public ScimRequestRecord(
        CompanyId companyId,
        DateTimeOffset occurredAt,
        IntegrationId? integrationId,
        ScimRefusal? refusal,
        string version,
        string method,
        string path,
        int status,
        string? scimType,
        string? errorDetail,
        int durationMs,
        string requestId,
        string? requestBody,
        string? responseBody)
    {
        CompanyId = companyId;
        Id = ScimRequestId.New();
        OccurredAt = occurredAt;
        IntegrationId = integrationId;
        Refusal = refusal;
        Version = version;
        Method = Cut(method, MethodMaxLength);
        Path = Cut(path, PathMaxLength);
        Resource = ResourceOf(path);
        Status = status;
        ScimType = scimType is null ? null : Cut(scimType, 40);
        ErrorDetail = errorDetail is null ? null : Cut(errorDetail, ErrorDetailMaxLength);
        DurationMs = Math.Max(0, durationMs);
        RequestId = Cut(requestId, RequestIdMaxLength);
        RequestBody = requestBody is null ? null : CutBody(Clean(requestBody));
        ResponseBody = responseBody is null ? null : CutBody(Clean(responseBody));
    }

    public CompanyId CompanyId { get; private set; }

    public ScimRequestId Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The integration whose token authenticated the request; none for a refused request.</summary>
    public IntegrationId? IntegrationId { get; private set; }

    /// <summary>Why the request was refused before it reached a resource (401); none for an authenticated request.</summary>
    public ScimRefusal? Refusal { get; private set; }

    /// <summary><c>v1</c> or <c>v2</c>: which of the company's two Base URLs was called.</summary>
    public string Version { get; private set; }

    public string Method { get; private set; }

    /// <summary>The path after the company's Base URL (e.g. <c>/Users/…</c>), with only the harmless query parameters kept.</summary>
    public string Path { get; private set; }

    public ScimResource Resource { get; private set; }

    public int Status { get; private set; }

    public string? ScimType { get; private set; }

    public string? ErrorDetail { get; private set; }

    public int DurationMs { get; private set; }

    public string RequestId { get; private set; }

    public string? RequestBody { get; private set; }

    public string? ResponseBody { get; private set; }

    public static ScimResource ResourceOf(string path)
    {
        var segment = path.TrimStart('/').Split('/', '?')[0];
        return segment.Equals("Users", StringComparison.OrdinalIgnoreCase) ? ScimResource.Users
            : segment.Equals("Groups", StringComparison.OrdinalIgnoreCase) ? ScimResource.Groups
            : ScimResource.Other;
    }

    private static string Cut(string text, int max)
    {
        text = Clean(text);
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    /// <summary>
    /// What a client put in a path or a body may hold a NUL or a lone surrogate, which the database cannot store; one
    /// such row would fail the whole batch it is written with. Both become U+FFFD.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            if (c == '\0') clean = false;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) clean = false;
        }

        if (clean) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (chars[i] == '\0' || char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    private static string CutBody(string body) =>
        body.Length <= BodyMaxChars ? body : body[..(BodyMaxChars - TruncationMarker.Length)] + TruncationMarker;
}
