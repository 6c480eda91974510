using FluentValidation;
using MapsterMapper;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Events;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events;

/// <summary>Issues a key with which a service reads the company's events (and nothing else). The key is shown once.</summary>
public sealed record CreateApiKeyCommand(CompanyId CompanyId, string Name, Actor Actor) : ICommand<Result<IssuedApiKey>>, ITenantScoped;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithErrorCode("events.api_key_name_required").WithMessage(EventsErrors.ApiKeyNameRequired.Message)
            .MaximumLength(ApiKey.NameMaxLength);
}

public sealed class CreateApiKeyHandler(IRepository<Company> companies, IRepository<ApiKey> keys, IApiKeyIssuer issuer, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateApiKeyCommand, Result<IssuedApiKey>>
{
    public async ValueTask<Result<IssuedApiKey>> Handle(CreateApiKeyCommand command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(command.Name)) return EventsErrors.ApiKeyNameRequired;
        if (!await companies.AnyAsync(new CompanyByIdSpec(command.CompanyId), ct)) return TenancyErrors.CompanyNotFound(command.CompanyId.ToString());

        var secret = issuer.Issue();
        var key = ApiKey.Create(command.CompanyId, command.Name, secret.Digest, command.Actor, clock.GetUtcNow());
        keys.Add(key);
        return new IssuedApiKey(mapper.Map<ApiKeyView>(key), secret.Key);
    }
}
