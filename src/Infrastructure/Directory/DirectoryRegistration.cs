using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Directory.Extensions;
using Platform.Application.Directory.Filtering;
using Platform.Application.Directory.Groups;
using Platform.Application.Directory.Users;
using Platform.Infrastructure.Directory.Extensions;
using Platform.Infrastructure.Directory.Filtering;
using Platform.Infrastructure.Directory.Groups;
using Platform.Infrastructure.Directory.Users;

namespace Platform.Infrastructure.Directory;

internal static class DirectoryRegistration
{
    public static IServiceCollection AddDirectoryInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<IGroupMembers, GroupMembers>();
        services.AddScoped<IUserLocks, UserLocks>();
        services.AddScoped<IMembershipReads, MembershipReads>();
        services.AddScoped<IUserViews, UserViews>();
        services.AddScoped<IDirectorySearch, DirectorySearch>();
        services.AddSingleton<IPageBookmarks, PageBookmarks>();
        services.AddSingleton<ISeenExtensions, SeenExtensions>();
        return services;
    }
}
