using FluentValidation;
using Mediator;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Persistence;
using Platform.Application.Common.Results;
using Platform.Application.Tenancy;
using Platform.Domain.Common;
using Platform.Domain.Events;
using Platform.Domain.Events.Webhooks;
using Platform.Domain.Tenancy;

namespace Platform.Application.Events.Webhooks;

/// <summary>
/// Registers a URL that receives the company's events from now on (those already written are not sent), with a new
/// signing secret that the answer holds, once.
/// </summary>
/// <param name="EventTypes">The types to deliver; null or empty for every type.</param>
public sealed record CreateWebhookEndpointCommand(CompanyId CompanyId, string Url, string? Description, IReadOnlyList<string>? EventTypes, Actor Actor)
    : ICommand<Result<IssuedWebhookEndpoint>>, ITenantScoped
{
    public const int MaxEndpointsPerCompany = 20;
}

public sealed class CreateWebhookEndpointValidator : AbstractValidator<CreateWebhookEndpointCommand>
{
    public CreateWebhookEndpointValidator()
    {
        RuleFor(c => c.Url).NotEmpty().WithErrorCode(WebhooksErrors.UrlRequired.Code).WithMessage(WebhooksErrors.UrlRequired.Message)
            .MaximumLength(WebhookEndpoint.UrlMaxLength);
        RuleFor(c => c.Description).MaximumLength(WebhookEndpoint.DescriptionMaxLength);
        RuleForEach(c => c.EventTypes).Must(type => ChangeEventTypes.All.Contains(type))
            .WithErrorCode("webhooks.unknown_event_type").WithMessage((_, type) => WebhooksErrors.UnknownEventType(type).Message);
    }
}

public sealed class CreateWebhookEndpointHandler(
    IRepository<Company> companies, IRepository<WebhookEndpoint> endpoints, IChangeEventReader events, IWebhookUrlGuard guard, IWebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<CreateWebhookEndpointCommand, Result<IssuedWebhookEndpoint>>
{
    public async ValueTask<Result<IssuedWebhookEndpoint>> Handle(CreateWebhookEndpointCommand command, CancellationToken ct)
    {
        if (!await companies.AnyAsync(new CompanyByIdSpec(command.CompanyId), ct)) return TenancyErrors.CompanyNotFound(command.CompanyId.ToString());
        if (await endpoints.CountAsync(new WebhookEndpointsOfCompanySpec(command.CompanyId), ct) >= CreateWebhookEndpointCommand.MaxEndpointsPerCompany)
        {
            return WebhooksErrors.TooManyEndpoints(CreateWebhookEndpointCommand.MaxEndpointsPerCompany);
        }

        var url = command.Url.Trim();
        if (await guard.RefusalAsync(url, ct) is { } refusal) return WebhooksErrors.UrlRefused(refusal);

        // From the company's last final event on: a change still being committed comes after it, so it is delivered.
        var start = await events.EndAsync(command.CompanyId, ct) ?? new EventCursor(0, 0);
        var secret = secrets.Issue();
        var endpoint = WebhookEndpoint.Create(
            command.CompanyId, url, command.Description, command.EventTypes ?? [], secret.Protected, start.Tx, start.Id, command.Actor, clock.GetUtcNow());
        endpoints.Add(endpoint);
        return new IssuedWebhookEndpoint(WebhookEndpointView.From(endpoint), secret.Secret);
    }
}
