using System.Globalization;
using Microsoft.Extensions.Primitives;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Common.Persistence;

namespace Platform.Api.Scim.Common;

/// <summary>
/// <c>If-Match</c> and <c>If-None-Match</c> (RFC 7232, as RFC 7644 §3.14 and SCIM 1.1 §3.3 use them) against our ETags,
/// which are a resource's version: <c>W/"3"</c>. Weak and strong forms of a tag match alike, a header may list several
/// tags (on one line or many), and <c>*</c> matches any existing resource. A tag that is not one of ours never matches.
/// </summary>
public static class ScimEntityTags
{
    /// <summary>The versions an <c>If-Match</c> header allows, for the write to check under its lock; null without the header.</summary>
    public static ExpectedVersion? IfMatch(HttpRequest request) => Parse(request.Headers.IfMatch);

    /// <summary>Whether <c>If-None-Match</c> names this version (or is <c>*</c>): a GET then answers 304 Not Modified.</summary>
    public static bool NoneMatch(HttpRequest request, int version) => Parse(request.Headers.IfNoneMatch)?.Allows(version) == true;

    /// <summary>304 for a GET whose <c>If-None-Match</c> names the current version: the ETag again, no body.</summary>
    public static IResult NotModified(HttpContext http, int version)
    {
        http.Response.Headers.ETag = ScimUserWriter.ETag(version);
        return Results.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <summary>The header's tags as versions; null when the header is absent or empty.</summary>
    public static ExpectedVersion? Parse(StringValues header)
    {
        List<int>? versions = null;
        foreach (var line in header)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            versions ??= [];
            var text = line.AsSpan();
            while (!text.IsEmpty)
            {
                text = text.TrimStart(" \t,");
                if (text.IsEmpty) break;
                if (text[0] == '*') return ExpectedVersion.AnyVersion;

                if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
                if (text.IsEmpty || text[0] != '"')
                {
                    // Not an entity tag: skip to the next list element.
                    var comma = text.IndexOf(',');
                    text = comma < 0 ? [] : text[comma..];
                    continue;
                }

                // An entity tag's opaque part may itself hold commas: it ends at the closing quote.
                var close = text[1..].IndexOf('"');
                if (close < 0) break;
                if (int.TryParse(text.Slice(1, close), NumberStyles.None, CultureInfo.InvariantCulture, out var version)) versions.Add(version);
                text = text[(close + 2)..];
            }
        }

        return versions is null ? null : new ExpectedVersion(versions);
    }
}
