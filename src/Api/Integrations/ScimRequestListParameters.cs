using System.Globalization;
using Platform.Application.Common.Results;
using Platform.Application.Integrations;
using Platform.Domain.Integrations;

namespace Platform.Api.Integrations;

/// <summary>
/// The request log's filters as the admin API and the console take them from a query string
/// (<c>status=4xx&amp;method=POST&amp;resource=Users&amp;from=…&amp;to=…</c>); empty values mean "any".
/// </summary>
public sealed record ScimRequestListParameters(string? Status, string? Method, string? Resource, string? From, string? To)
{
    public Result<ScimRequestFilter> ToFilter()
    {
        var errors = new List<Error>();
        int? statusClass = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            var text = Status.Trim().ToLowerInvariant();
            if (text.Length is 1 or 3 && char.IsAsciiDigit(text[0]) && (text.Length == 1 || text[1..] == "xx")) statusClass = text[0] - '0';
            else errors.Add(Invalid("status", "Status must be 2xx, 4xx or 5xx."));
        }

        ScimResource? resource = null;
        if (!string.IsNullOrWhiteSpace(Resource))
        {
            if (Enum.TryParse<ScimResource>(Resource.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(Resource.Trim()[0])) resource = parsed;
            else errors.Add(Invalid("resource", "Resource must be Users, Groups or Other."));
        }

        var from = Time("from", From, errors);
        var to = Time("to", To, errors);
        if (errors.Count > 0) return Result<ScimRequestFilter>.Failure(errors);
        return new ScimRequestFilter(statusClass, string.IsNullOrWhiteSpace(Method) ? null : Method.Trim(), resource, from, to);
    }

    private static DateTimeOffset? Time(string name, string? text, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)) return at;
        errors.Add(Invalid(name, $"'{name}' must be a date and time such as 2026-12-04T09:30Z."));
        return null;
    }

    private static Error Invalid(string field, string message) => Error.Validation("integrations.invalid_request_filter", message, field);
}
