using FluentValidation;
using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Security;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>
/// Checks a console sign-in. Failed attempts are state (they lead to a lockout), so a wrong password is a
/// successful command with a failed <see cref="SignInOutcome"/>: the unit of work commits the counter either way.
/// <paramref name="FromCleanAddress"/>: the attempt comes from an address with no recent failed sign-ins (the edge's
/// per-address throttle knows). A locked account still accepts its right password from such an address, so whoever
/// locked it by guessing from elsewhere cannot keep its admin out; guesses from the locking addresses stay refused.
/// </summary>
public sealed record SignInCommand(string CompanyKey, string Email, string Password, bool FromCleanAddress = false) : ICommand<Result<SignInOutcome>>;

public sealed record SignInOutcome(SignedInAccount? Account, Error? Failure);

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.CompanyKey).NotEmpty().MaximumLength(CompanyKey.MaxLength).WithoutNul();
        RuleFor(c => c.Email).NotEmpty().MaximumLength(Account.EmailMaxLength).WithoutNul();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(1024).WithoutNul();
    }
}

public sealed class SignInHandler(
    IRepository<Company> companies,
    IRepository<Account> accounts,
    IPasswordHasher passwordHasher,
    TimeProvider clock)
    : ICommandHandler<SignInCommand, Result<SignInOutcome>>
{
    // Verified when there is no such account, so that the answer takes as long as for a wrong password.
    private static string? _decoyHash;

    public async ValueTask<Result<SignInOutcome>> Handle(SignInCommand command, CancellationToken ct)
    {
        var company = CompanyKey.IsValid(command.CompanyKey)
            ? await companies.FirstOrDefaultAsync(new CompanyByKeySpec(CompanyKey.Parse(command.CompanyKey)), ct)
            : null;
        var account = company is null ? null : await accounts.FirstOrDefaultAsync(new AccountByEmailSpec(company.Id, command.Email), ct);
        var now = clock.GetUtcNow();

        if (company is null || account is null)
        {
            passwordHasher.Verify(_decoyHash ??= passwordHasher.Hash(Guid.NewGuid().ToString()), command.Password);
            return new SignInOutcome(null, TenancyErrors.InvalidCredentials);
        }

        if (account.IsLockedOut(now) && !command.FromCleanAddress)
        {
            // Verified anyway, so that a locked account answers as slowly, and as vaguely, as any other failure.
            passwordHasher.Verify(account.PasswordHash, command.Password);
            return new SignInOutcome(null, TenancyErrors.InvalidCredentials);
        }

        var check = passwordHasher.Verify(account.PasswordHash, command.Password);
        if (check == PasswordCheck.Failed)
        {
            account.RecordFailedSignIn(now);
            return new SignInOutcome(null, TenancyErrors.InvalidCredentials);
        }

        // After the password check, so that only the account's owner learns why.
        if (account.IsSuspendedByDirectory) return new SignInOutcome(null, TenancyErrors.AccessSuspendedByDirectory);

        account.RecordSuccessfulSignIn(check == PasswordCheck.SuccessRehashNeeded ? passwordHasher.Hash(command.Password) : null);
        return new SignInOutcome(
            new SignedInAccount(account.Id.Value, company.Id.Value, company.Key.Value, company.Name, account.Email, account.Role, account.SessionStamp),
            null);
    }
}
