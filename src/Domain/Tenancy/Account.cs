using Platform.Domain.Common;

namespace Platform.Domain.Tenancy;

/// <summary>A person who signs in to the console for one company. Only admins manage integrations.</summary>
public sealed class Account : AggregateRoot
{
    public const int EmailMaxLength = 320;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private Account(CompanyId companyId, AccountId id, string email, string passwordHash, AccountRole role, DateTimeOffset createdAt)
    {
        CompanyId = companyId;
        Id = id;
        Email = email;
        NormalizedEmail = Normalize(email);
        PasswordHash = passwordHash;
        Role = role;
        CreatedAt = createdAt;
        SessionStamp = Guid.NewGuid();
    }

    public CompanyId CompanyId { get; private set; }

    public AccountId Id { get; private set; }

    public string Email { get; private set; }

    /// <summary>Upper-invariant form used for the unique index and for sign-in lookups.</summary>
    public string NormalizedEmail { get; private set; }

    public string PasswordHash { get; private set; }

    public AccountRole Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    /// <summary>Carried in every session cookie; a new stamp ends every session signed in with the old one.</summary>
    public Guid SessionStamp { get; private set; }

    /// <summary>The person an admin linked the account to (<see cref="DirectoryLink.ToPerson"/>); a directory user's id.</summary>
    public Guid? LinkedPersonId { get; private set; }

    public DirectoryLink DirectoryLink { get; private set; }

    public DirectoryHold DirectoryHold { get; private set; }

    /// <summary>The person whose deactivation or deletion set <see cref="DirectoryHold"/>; their reactivation lifts it.</summary>
    public Guid? HeldForPersonId { get; private set; }

    public DateTimeOffset? HeldSince { get; private set; }

    public bool IsAdmin => Role == AccountRole.Admin;

    /// <summary>Signed in may be: an admin the directory has not suspended (one kept as the last admin counts).</summary>
    public bool IsActiveAdmin => IsAdmin && DirectoryHold != DirectoryHold.Suspended;

    public bool IsSuspendedByDirectory => DirectoryHold == DirectoryHold.Suspended;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public static Account Create(CompanyId companyId, string email, string passwordHash, AccountRole role, DateTimeOffset now) =>
        new(companyId, AccountId.New(), email.Trim(), passwordHash, role, now);

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
            Raise(new AccountLockedOut(CompanyId, Id, Email, LockedUntil.Value));
        }
    }

    /// <summary>Signing out ends the account's sessions everywhere: a copied cookie stops working too.</summary>
    public void EndSessions() => SessionStamp = Guid.NewGuid();

    /// <summary>
    /// Whether a change to the person <paramref name="personId"/>, known by <paramref name="normalizedSignInNames"/>
    /// (their userName and email values, each through <see cref="Normalize"/>), concerns this account.
    /// </summary>
    public bool Follows(Guid personId, IReadOnlyCollection<string> normalizedSignInNames) => DirectoryLink switch
    {
        DirectoryLink.ToPerson => LinkedPersonId == personId,
        DirectoryLink.ByEmail => normalizedSignInNames.Contains(NormalizedEmail),
        _ => false,
    };

    /// <summary>
    /// The followed person was deactivated or deleted: the account's sessions end and its sign-in is refused, unless
    /// it is the company's last active admin (<paramref name="lastActiveAdmin"/>), whose access is kept with a warning.
    /// </summary>
    public void HoldForDirectory(Guid personId, string personName, bool personDeleted, bool lastActiveAdmin, Actor actor, DateTimeOffset now)
    {
        if (DirectoryHold == DirectoryHold.Suspended) return;
        if (lastActiveAdmin && DirectoryHold == DirectoryHold.KeptAsLastAdmin && HeldForPersonId == personId && !personDeleted) return;

        HeldForPersonId = personId;
        HeldSince = now;
        if (lastActiveAdmin)
        {
            DirectoryHold = DirectoryHold.KeptAsLastAdmin;
            Raise(new AccountAccessKept(CompanyId, Id, Email, personName, personDeleted, actor));
            return;
        }

        DirectoryHold = DirectoryHold.Suspended;
        EndSessions();
        Raise(new AccountAccessSuspended(CompanyId, Id, Email, personName, personDeleted, actor));
    }

    /// <summary>The directory's hold is lifted (the person was reactivated, or an admin relinked or unlinked the account).</summary>
    public void ReleaseDirectoryHold(string reason, Actor actor)
    {
        if (DirectoryHold == DirectoryHold.None) return;
        DirectoryHold = DirectoryHold.None;
        HeldForPersonId = null;
        HeldSince = null;
        Raise(new AccountAccessRestored(CompanyId, Id, Email, reason, actor));
    }

    /// <summary>An admin links the account to one person: from now on only that person's status counts.</summary>
    public void LinkTo(Guid personId, string personName, Actor actor)
    {
        if (DirectoryLink == DirectoryLink.ToPerson && LinkedPersonId == personId) return;
        DirectoryLink = DirectoryLink.ToPerson;
        LinkedPersonId = personId;
        Raise(new AccountLinkChanged(CompanyId, Id, Email, DirectoryLink, personName, actor));
    }

    /// <summary>An admin unlinks the account: no person's status counts any more, and a hold is lifted.</summary>
    public void Unlink(Actor actor)
    {
        if (DirectoryLink == DirectoryLink.None) return;
        DirectoryLink = DirectoryLink.None;
        LinkedPersonId = null;
        Raise(new AccountLinkChanged(CompanyId, Id, Email, DirectoryLink, null, actor));
        ReleaseDirectoryHold("unlinked from the directory by an admin", actor);
    }

    public void RecordSuccessfulSignIn(string? rehashedPassword)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        if (rehashedPassword is not null) PasswordHash = rehashedPassword;
    }
}
