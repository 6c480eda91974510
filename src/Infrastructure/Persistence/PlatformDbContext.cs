using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Domain.Audit;
using Platform.Domain.Directory.Groups;
using Platform.Domain.Directory.Users;
using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// The one model, shared by both providers. Each provider has its own subclass only so that each keeps its own
/// migrations (the SQL differs); the model is configured here once, from the modules' entity configurations and
/// conventions found in this assembly.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    private static readonly IModelConventions[] ModuleConventions = typeof(PlatformDbContext).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IModelConventions).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (IModelConventions)Activator.CreateInstance(type)!)
        .ToArray();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    /// <summary>The keys that sign session and antiforgery cookies, shared by every server process (not tenant data).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        foreach (var conventions in ModuleConventions) conventions.Configure(configurationBuilder);
    }
}
