namespace Platform.Api.Common;

/// <summary>
/// The admin API authenticates with the session cookie, so a page on another origin must not be able to make a
/// signed-in admin's browser post to it (for example to reset the Okta token). <c>SameSite=Lax</c> does not cover
/// same-site origins (another port, a sibling subdomain); this does. Browsers send <c>Sec-Fetch-Site</c> and
/// <c>Origin</c> with every unsafe request; scripts and tools send neither and are not affected.
/// </summary>
public static class ApiCsrfGuard
{
    public static IApplicationBuilder UseApiCsrfGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
                && !HttpMethods.IsOptions(request.Method) && IsCrossOrigin(request))
            {
                await Results.Problem(
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "Cross-origin request refused.",
                        detail: "The admin API accepts changes only from the console's own origin.")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool IsCrossOrigin(HttpRequest request)
    {
        // A browser that sends Sec-Fetch-Site has said where the request comes from; that is decisive, and stays right
        // behind a proxy that rewrites Host. Origin against Host is the fallback for browsers that do not send it.
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0) return fetchSite is not ("same-origin" or "none");

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var parsed)
                || !string.Equals(parsed.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
