using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using Platform.Api.Admin;

namespace Platform.Api.Composition;

/// <summary>The admin console: server-rendered Razor Pages under <c>src/Api/Pages</c>, who may open which, and its error pages.</summary>
public static class ConsoleRegistration
{
    /// <summary>Paths that machines call; everything else is the console and gets HTML error pages.</summary>
    private static readonly string[] MachinePaths = ["/api", "/scim", "/docs", "/openapi", "/healthz", "/readyz"];

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // Signed in for every page; admin-only pages answer members with 403 (see ServerHost's cookie events).
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/Status");
            options.Conventions.AuthorizePage("/Settings/Integrations/Okta", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Settings/Integrations/OktaReset", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Groups/New", CurrentAccount.AdminPolicy);
            options.Conventions.AddPageRoute("/Status", "forbidden");
            // Every page shows one company's data, and two of them a token: nothing may stay in a cache.
            options.Conventions.ConfigureFilter(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None });
        });
        // Names are written as they are (Zoë, 李), not as &#x...; escapes; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "platform.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static bool IsConsolePath(PathString path) => !MachinePaths.Any(prefix => path.StartsWithSegments(prefix));

    /// <summary>An empty error answer on a console path (403, 404, a rejected form) is re-rendered as a page saying what to do.</summary>
    public static IApplicationBuilder UseConsoleStatusPages(this IApplicationBuilder app) =>
        app.UseWhen(context => IsConsolePath(context.Request.Path), console => console.UseStatusCodePagesWithReExecute("/status/{0}"));
}
