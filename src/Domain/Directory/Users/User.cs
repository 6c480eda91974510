using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Domain.Directory.Users;

/// <summary>
/// A person in a company's directory, kept in step by an identity provider. Deactivation keeps every attribute:
/// the user stays readable and findable, and reactivation restores them as they were.
/// </summary>
public sealed class User : AggregateRoot
{
    private User()
    {
        UserName = NormalizedUserName = NormalizedEmails = string.Empty;
        Profile = new UserProfile(string.Empty);
    }

    private User(CompanyId companyId, UserId id, UserProfile profile, DateTimeOffset now)
    {
        CompanyId = companyId;
        Id = id;
        CreatedAt = now;
        Profile = profile;
        UserName = profile.UserName;
        NormalizedUserName = NormalizedEmails = string.Empty;
        Apply(profile, now);
    }

    public CompanyId CompanyId { get; private set; }

    public UserId Id { get; private set; }

    public UserProfile Profile { get; private set; }

    /// <summary>Kept as written; unique per company case-insensitively through <see cref="NormalizedUserName"/>.</summary>
    public string UserName { get; private set; }

    public string NormalizedUserName { get; private set; }

    public string? ExternalId { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>Upper-cased in .NET (every script, unlike SQLite's ASCII-only <c>upper()</c>) for case-insensitive lookups.</summary>
    public string? NormalizedDisplayName { get; private set; }

    public bool Active { get; private set; }

    /// <summary>Every email address, upper-cased, each between bars (<c>|A@X|B@Y|</c>), for the <c>emails eq</c> filter.</summary>
    public string NormalizedEmails { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastModifiedAt { get; private set; }

    /// <summary>Incremented by every change; the database refuses a write based on an older version.</summary>
    public int Version { get; private set; }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static User Create(CompanyId companyId, UserProfile profile, Actor actor, DateTimeOffset now)
    {
        var user = new User(companyId, UserId.New(), profile, now);
        user.Raise(new UserCreated(companyId, user.Id, user.UserName, actor, UserProfileDiff.Of(profile)));
        return user;
    }

    /// <summary>Replaces the whole profile; raises one event for the update and, when <c>active</c> flips, one for that.</summary>
    public void Update(UserProfile profile, Actor actor, DateTimeOffset now)
    {
        if (profile == Profile) return;
        var wasActive = Active;
        var changes = UserProfileDiff.Between(Profile, profile);
        Apply(profile, now);
        Version++;
        Raise(new UserUpdated(CompanyId, Id, UserName, actor, changes));
        if (wasActive && !Active) Raise(new UserDeactivated(CompanyId, Id, UserName, actor) { SignInNames = SignInNames() });
        if (!wasActive && Active) Raise(new UserReactivated(CompanyId, Id, UserName, actor));
    }

    public void Deactivate(Actor actor, DateTimeOffset now)
    {
        if (!Active) return;
        Apply(Profile with { Active = false }, now);
        Version++;
        Raise(new UserDeactivated(CompanyId, Id, UserName, actor) { SignInNames = SignInNames() });
    }

    public void Reactivate(Actor actor, DateTimeOffset now)
    {
        if (Active) return;
        Apply(Profile with { Active = true }, now);
        Version++;
        Raise(new UserReactivated(CompanyId, Id, UserName, actor));
    }

    public void MarkDeleted(Actor actor) => Raise(new UserDeleted(CompanyId, Id, UserName, actor) { SignInNames = SignInNames() });

    /// <summary>The userName and every email value, normalized: what a console account's email is matched against.</summary>
    public IReadOnlyList<string> SignInNames() =>
        NormalizedEmails.Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(NormalizedUserName).Distinct(StringComparer.Ordinal).ToList();

    private void Apply(UserProfile profile, DateTimeOffset now)
    {
        Profile = profile;
        UserName = profile.UserName;
        NormalizedUserName = Normalize(profile.UserName);
        ExternalId = profile.ExternalId;
        DisplayName = profile.DisplayName;
        NormalizedDisplayName = profile.DisplayName is null ? null : Normalize(profile.DisplayName);
        Active = profile.Active;
        NormalizedEmails = profile.EmailsOrEmpty.Count == 0
            ? string.Empty
            : "|" + string.Join('|', profile.EmailsOrEmpty.Select(e => Normalize(e.Value))) + "|";
        LastModifiedAt = now;
    }
}
