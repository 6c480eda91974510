using FluentValidation;
using MapsterMapper;
using Mediator;
using Platform.Application.Common;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Common.Security;
using Platform.Domain.Common;
using Platform.Domain.Tenancy;

namespace Platform.Application.Tenancy;

/// <param name="Key">The wanted company key; derived from the name when absent.</param>
/// <param name="AdminEmail">When given, an admin account is created with a one-time password.</param>
public sealed record CreateCompanyCommand(string Name, string? Key, string? AdminEmail, Actor Actor)
    : ICommand<Result<CreatedCompany>>, IConflictDescriber
{
    public Error DescribeConflict() => TenancyErrors.CompanyKeyTaken(Key ?? CompanyKey.FromName(Name).Value);
}

public sealed record CreatedCompany(CompanyView Company, string? AdminEmail, string? AdminOneTimePassword);

public sealed class CreateCompanyValidator : AbstractValidator<CreateCompanyCommand>
{
    public CreateCompanyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Company.NameMaxLength).WithoutNul();
        RuleFor(c => c.Key)
            .Must(CompanyKey.IsValid).When(c => c.Key is not null)
            .WithErrorCode("tenancy.invalid_key")
            .WithMessage(_ => TenancyErrors.DescribeKeyRule());
        RuleFor(c => c.AdminEmail).EmailAddress().MaximumLength(Account.EmailMaxLength).When(c => c.AdminEmail is not null);
    }
}

public sealed class CreateCompanyHandler(
    IRepository<Company> companies,
    IRepository<Account> accounts,
    IPasswordGenerator passwords,
    IPasswordHasher passwordHasher,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<CreateCompanyCommand, Result<CreatedCompany>>
{
    public async ValueTask<Result<CreatedCompany>> Handle(CreateCompanyCommand command, CancellationToken ct)
    {
        var key = command.Key is null ? await FreeKeyFor(command.Name, ct) : CompanyKey.Parse(command.Key);
        if (command.Key is not null && await companies.AnyAsync(new CompanyByKeySpec(key), ct))
        {
            return TenancyErrors.CompanyKeyTaken(key.Value);
        }

        var now = clock.GetUtcNow();
        var company = Company.Create(key, command.Name, now);
        companies.Add(company);

        string? password = null;
        if (command.AdminEmail is not null)
        {
            password = passwords.NewPassword();
            accounts.Add(Account.Create(company.Id, command.AdminEmail, passwordHasher.Hash(password), AccountRole.Admin, now));
        }

        var view = mapper.Map<CompanyView>(company);
        return new CreatedCompany(view, command.AdminEmail?.Trim(), password);
    }

    private async Task<CompanyKey> FreeKeyFor(string name, CancellationToken ct)
    {
        var key = CompanyKey.FromName(name);
        for (var attempt = 2; await companies.AnyAsync(new CompanyByKeySpec(key), ct); attempt++)
        {
            key = CompanyKey.FromName(name).WithSuffix(attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return key;
    }
}
