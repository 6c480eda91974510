namespace Platform.Api.Common;

/// <summary>
/// Browser hardening for everything the server answers, above all the console's pages: no inline script, no framing,
/// no MIME sniffing, no referrer. The API reference under <c>/docs</c> gets all of them but the content security policy:
/// Scalar's page runs inline scripts.
/// Headers are added when the response starts, so error responses (whose headers the exception handler clears) get them too.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(
                context.Request.Path.StartsWithSegments("/docs") ? AddAllButPolicy : Add,
                context.Response);
            return next(context);
        });

    private static Task Add(object state)
    {
        ((HttpResponse)state).Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return AddAllButPolicy(state);
    }

    private static Task AddAllButPolicy(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return Task.CompletedTask;
    }
}
