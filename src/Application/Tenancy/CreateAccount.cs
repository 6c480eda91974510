using FluentValidation;
using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Security;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <summary>Adds a console account to a company; the password is generated and shown once.</summary>
public sealed record CreateAccountCommand(CompanyId CompanyId, string Email, AccountRole Role)
    : ICommand<Result<CreatedAccount>>, ITenantScoped, IConflictDescriber
{
    public Error DescribeConflict() => TenancyErrors.AccountEmailTaken(Email);
}

public sealed record CreatedAccount(Guid AccountId, string Email, AccountRole Role, string OneTimePassword);

public sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(Account.EmailMaxLength).WithoutNul();
        RuleFor(c => c.Role).IsInEnum();
    }
}

public sealed class CreateAccountHandler(
    IRepository<Company> companies,
    IRepository<Account> accounts,
    IPasswordGenerator passwords,
    IPasswordHasher passwordHasher,
    TimeProvider clock)
    : ICommandHandler<CreateAccountCommand, Result<CreatedAccount>>
{
    public async ValueTask<Result<CreatedAccount>> Handle(CreateAccountCommand command, CancellationToken ct)
    {
        if (!await companies.AnyAsync(new CompanyByIdSpec(command.CompanyId), ct))
        {
            return TenancyErrors.CompanyNotFound(command.CompanyId.ToString());
        }

        if (await accounts.AnyAsync(new AccountByEmailSpec(command.CompanyId, command.Email), ct))
        {
            return TenancyErrors.AccountEmailTaken(command.Email);
        }

        var password = passwords.NewPassword();
        var account = Account.Create(command.CompanyId, command.Email, passwordHasher.Hash(password), command.Role, clock.GetUtcNow());
        accounts.Add(account);
        return new CreatedAccount(account.Id.Value, account.Email, account.Role, password);
    }
}
