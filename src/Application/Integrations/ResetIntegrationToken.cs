using FluentValidation;
using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Domain.Common;
using Platform.Domain.Integrations;
using Platform.Domain.Tenancy;

namespace Platform.Application.Integrations;

/// <summary>Issues a new SCIM token; the old one stops working when this commits. Users, groups and history stay.</summary>
public sealed record ResetIntegrationTokenCommand(CompanyId CompanyId, IntegrationKind Kind, Actor Actor)
    : ICommand<Result<IssuedIntegrationToken>>, ITenantScoped;

public sealed class ResetIntegrationTokenValidator : AbstractValidator<ResetIntegrationTokenCommand>
{
    public ResetIntegrationTokenValidator() => RuleFor(c => c.Kind).IsInEnum();
}

public sealed class ResetIntegrationTokenHandler(
    IRepository<Integration> integrations,
    IScimTokenIssuer tokens,
    IMapper mapper,
    TimeProvider clock)
    : ICommandHandler<ResetIntegrationTokenCommand, Result<IssuedIntegrationToken>>
{
    public async ValueTask<Result<IssuedIntegrationToken>> Handle(ResetIntegrationTokenCommand command, CancellationToken ct)
    {
        var integration = await integrations.FirstOrDefaultAsync(new IntegrationByKindSpec(command.CompanyId, command.Kind), ct);
        if (integration is null) return IntegrationErrors.NotFound(command.Kind);

        var token = tokens.Issue();
        integration.RotateToken(token.Digest, command.Actor, clock.GetUtcNow());
        return new IssuedIntegrationToken(mapper.Map<IntegrationView>(integration), token.Token);
    }
}
