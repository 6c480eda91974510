namespace Platform.Api.Scim.Common;

/// <summary>
/// Admins paste Base URLs with a trailing slash, and Okta then asks for <c>{base}//Users</c>. Collapsing repeated
/// slashes and dropping a trailing one under <c>/scim/</c> makes both forms reach the same endpoint.
/// </summary>
public static class ScimPathNormalization
{
    public static IApplicationBuilder UseScimPathNormalization(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null && path.StartsWith("/scim/", StringComparison.OrdinalIgnoreCase) && (path.Contains("//", StringComparison.Ordinal) || path.EndsWith('/')))
            {
                while (path.Contains("//", StringComparison.Ordinal)) path = path.Replace("//", "/", StringComparison.Ordinal);
                context.Request.Path = path.Length > 1 ? path.TrimEnd('/') : path;
            }

            return next(context);
        });
}
