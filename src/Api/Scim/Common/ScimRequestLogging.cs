using Platform.Application.Integrations;

namespace Platform.Api.Scim.Common;

/// <summary>Wires the SCIM request log's capture: the per-request refusal note and <see cref="ScimRequestRecorder"/>.</summary>
public static class ScimRequestLogging
{
    public static IServiceCollection AddScimRequestLogging(this IServiceCollection services)
    {
        services.AddScoped<ScimRefusalNote>();
        services.AddScoped<IScimRefusals>(sp => sp.GetRequiredService<ScimRefusalNote>());
        return services;
    }

    /// <summary>After path normalization, so that the recorded path is the one that was routed.</summary>
    public static IApplicationBuilder UseScimRequestLogging(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/scim"), scim => scim.UseMiddleware<ScimRequestRecorder>());
}
