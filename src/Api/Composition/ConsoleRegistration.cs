using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;
using Platform.Api.Common;

namespace Platform.Api.Composition;

/// <summary>
/// The admin console: server-rendered Razor Pages, who may open which, and its error pages. Each module keeps its pages
/// in <c>src/Api/{Module}/Console</c> (so their generated view classes are named after the module); the layout, partials
/// and pages every module shares are in <c>src/Api/Console</c>. Every page declares its URL in its <c>@page</c>
/// directive, so where a page lives decides its page name, never its URL.
/// </summary>
public static class ConsoleRegistration
{
    /// <summary>Paths that machines call; everything else is the console and gets HTML error pages.</summary>
    private static readonly string[] MachinePaths = ["/api", "/scim", "/docs", "/openapi", "/healthz", "/readyz"];

    public static IServiceCollection AddConsole(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            // Signed in for every page; admin-only pages answer members with 403 (see ServerHost's cookie events).
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Tenancy/Console/SignIn");
            options.Conventions.AllowAnonymousToPage("/Console/Status");
            options.Conventions.AuthorizePage("/Integrations/Console/Okta", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Integrations/Console/OktaReset", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Integrations/Console/Requests", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Integrations/Console/RequestDetails", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Directory/Console/Groups/New", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizePage("/Events/Console/ApiKeys", CurrentAccount.AdminPolicy);
            options.Conventions.AuthorizeFolder("/Events/Console/Webhooks", CurrentAccount.AdminPolicy);
            options.Conventions.AddPageRoute("/Console/Status", "forbidden");
            // Every page shows one company's data, and two of them a token: nothing may stay in a cache.
            options.Conventions.ConfigureFilter(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None });
        });
        // The layout and the partials every module uses, after the page's own folders.
        services.Configure<RazorViewEngineOptions>(options => options.PageViewLocationFormats.Add("/Console/Shared/{0}" + RazorViewEngine.ViewExtension));
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
