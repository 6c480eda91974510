using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Console;
using Platform.Api.Audit;
using Platform.Api.Common;
using Platform.Api.Directory;
using Platform.Api.Events;
using Platform.Api.Integrations;
using Platform.Api.Scim.Common;
using Platform.Api.Scim.V1;
using Platform.Api.Scim.V2;
using Platform.Api.Tenancy;
using Platform.Application;
using Platform.Application.Common;
using Platform.Infrastructure;
using Platform.Infrastructure.Persistence;
using Scalar.AspNetCore;

namespace Platform.Api.Composition;

/// <summary>The composition root: the one place that knows every layer, builds the host and wires the pipeline.</summary>
public static class ServerHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddPlatformTelemetry();

        // A log shipper reads JSON, a person at a terminal reads lines: someone who just ran the server sees its
        // first-run hint as text. Redirected output (a container, a service, the tests) keeps the configured formatter.
        if (!System.Console.IsOutputRedirected)
        {
            builder.Services.PostConfigure<ConsoleLoggerOptions>(options => options.FormatterName = ConsoleFormatterNames.Simple);
        }

        // The stock console logger, replaced by one that writes its lines in batches (same options, same formats).
        foreach (var stock in builder.Services.Where(d => d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList()) builder.Services.Remove(stock);
        builder.Services.AddSingleton<ILoggerProvider, BatchedConsoleLoggerProvider>();

        configure?.Invoke(builder);
        ConfigureServices(builder.Services, builder.Configuration);

        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.AddPlatformMediator();
        services.AddSingleton<PublicUrls>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IRequestContext, HttpRequestContext>();
        services.AddScimRequestLogging();
        // Registered first so that the schema is in place before anything else starts.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());

        services.AddServerLimits(configuration);
        RateBudgetSync.Register(services);
        ShutdownDrain.Register(services, configuration);
        // Behind a TLS-terminating proxy the scheme and client address come from its headers, so that cookies are
        // marked Secure and redirects stay on https. Only when configured: a server reachable directly must not trust them.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "platform.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/forbidden";
                // The JSON API answers 401/403 as ProblemDetails instead of redirecting to a page.
                options.Events.OnValidatePrincipal = CurrentAccount.ValidateAsync;
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized, "Not signed in.");
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden, "Only an administrator of this company can do that.");
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(CurrentAccount.AdminPolicy, policy => policy.RequireRole(nameof(Platform.Domain.Tenancy.AccountRole.Admin)));
        services.AddConsole();
    }

    public static void ConfigurePipeline(WebApplication app)
    {
        app.UseMiddleware<RequestTracking>();
        app.UseSecurityHeaders();
        // Before the forwarded headers replace the connection's address: see MetricsEndpoint.
        app.UseMetricsEndpoint(app.Configuration);
        if (app.Configuration.GetValue("ReverseProxy:ForwardedHeaders", false)) app.UseForwardedHeaders();
        app.UseExceptionHandler(errorApp => errorApp.Run(WriteUnhandledError));
        app.UseRequestSizeRefusals();
        app.UseStatusCodePages();
        app.UseConsoleStatusPages();
        app.UseStaticFiles();
        app.UseScimPathNormalization();
        app.UseScimRequestLogging();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseApiCsrfGuard();
        // Admin API answers may carry a token or directory data: never stored by a browser or a proxy.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api")) context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapSessionEndpoints();
        app.MapIntegrationEndpoints();
        app.MapAuditEndpoints();
        app.MapDirectoryEndpoints();
        app.MapEventsEndpoints();
        app.MapScim();
        app.MapRazorPages();
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status, string title)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Results.Problem(statusCode: status, title: title).ExecuteAsync(context.HttpContext);
        }

        // A console page the account may not open answers 403 in place (the status page explains); no session → sign in.
        if (status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // A session the directory ended says so on the sign-in page.
        var redirect = CurrentAccount.EndedReason(context.HttpContext) is { } reason
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(context.RedirectUri, CurrentAccount.EndedReasonParameter, reason)
            : context.RedirectUri;
        context.Response.Redirect(redirect);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A bug or an infrastructure fault: logged with its stack trace, answered in the caller's protocol without details.
    /// A database that cannot be reached (down, failing over, out of connections, too slow) is 503 with Retry-After:
    /// the caller should try again, and nothing of the request was committed.
    /// </summary>
    private static Task WriteUnhandledError(HttpContext context)
    {
        var error = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
        if (DatabaseFaults.IsUnavailable(error))
        {
            return CallerShapedErrors.WriteAsync(
                context, StatusCodes.Status503ServiceUnavailable, "Service unavailable.", CallerShapedErrors.UnavailableDetail, CallerShapedErrors.UnavailableRetryAfterSeconds);
        }

        return CallerShapedErrors.WriteAsync(
            context,
            StatusCodes.Status500InternalServerError,
            "Something went wrong",
            "The server could not complete the request. Nothing was changed; try again, and contact support if it persists.");
    }
}
