using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>What the request log can be narrowed to; every part is optional.</summary>
/// <param name="StatusClass">The first digit of the status: 2 (2xx), 4 (4xx) or 5 (5xx).</param>
/// <param name="Method">An HTTP method, e.g. <c>POST</c>.</param>
/// <param name="From">Requests at or after this time.</param>
/// <param name="To">Requests before this time.</param>
public sealed record ScimRequestFilter(int? StatusClass = null, string? Method = null, ScimResource? Resource = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public static readonly IReadOnlyList<string> Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static readonly IReadOnlyList<int> StatusClasses = [2, 4, 5];
}
