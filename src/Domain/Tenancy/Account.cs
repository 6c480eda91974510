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

    public bool IsAdmin => Role == AccountRole.Admin;

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

    public void RecordSuccessfulSignIn(string? rehashedPassword)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        if (rehashedPassword is not null) PasswordHash = rehashedPassword;
    }
}
