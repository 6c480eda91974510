using FluentValidation;
using MapsterMapper;
using Mediator;
using Platform.Application.Common.Behaviors;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>Connects an identity provider to a company and issues its first SCIM token. One integration per kind.</summary>
public sealed record AddIntegrationCommand(CompanyId CompanyId, IntegrationKind Kind, Actor Actor)
    : ICommand<Result<IssuedIntegrationToken>>, ITenantScoped, IConflictDescriber
{
    public Error DescribeConflict() => IntegrationErrors.AlreadyExists(Kind);
}

public sealed class AddIntegrationValidator : AbstractValidator<AddIntegrationCommand>
{
    public AddIntegrationValidator() => RuleFor(c => c.Kind).IsInEnum();
}

public sealed class AddIntegrationHandler(
    IRepository<Company> companies,
    IRepository<Integration> integrations,
    IScimTokenIssuer tokens,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<AddIntegrationCommand, Result<IssuedIntegrationToken>>
{
    public async ValueTask<Result<IssuedIntegrationToken>> Handle(AddIntegrationCommand command, CancellationToken ct)
    {
        if (!await companies.AnyAsync(new CompanyByIdSpec(command.CompanyId), ct))
        {
            return TenancyErrors.CompanyNotFound(command.CompanyId.ToString());
        }

        if (await integrations.AnyAsync(new IntegrationByKindSpec(command.CompanyId, command.Kind), ct))
        {
            return IntegrationErrors.AlreadyExists(command.Kind);
        }

        var token = tokens.Issue();
        var integration = Integration.Create(command.CompanyId, command.Kind, token.Digest, command.Actor, clock.GetUtcNow());
        integrations.Add(integration);
        return new IssuedIntegrationToken(mapper.Map<IntegrationView>(integration), token.Token);
    }
}
