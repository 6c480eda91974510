using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;
using Platform.Application.Common.Telemetry;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Outermost behaviour: the use case's span (<see cref="PlatformTelemetry.Source"/>, a child of the request's and the
/// parent of its SQL commands), its outcome in the SCIM operation metric, and a Debug line with the message type,
/// company, outcome and elapsed time. Never the message itself: messages carry passwords, tokens and directory data.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IUseCaseResult
{
    private static readonly string UseCase = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlatformTelemetry.Source.StartActivity(UseCase);
        if (activity is { IsAllDataRequested: true } && message is ITenantScoped tenantScoped)
        {
            activity.SetTag(PlatformTelemetry.CompanyIdAttribute, tenantScoped.CompanyId.ToString());
        }

        try
        {
            var response = await next(message, cancellationToken);
            var outcome = PlatformTelemetry.OutcomeOf(response);
            activity?.SetTag(PlatformTelemetry.OutcomeAttribute, outcome);
            if (message is IDirectoryOperation operation) PlatformTelemetry.RecordDirectoryOperation(operation, outcome);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                if (response.IsSuccess) UseCaseLog.Succeeded(logger, UseCase, CompanyOf(message), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else UseCaseLog.Failed(logger, UseCase, CompanyOf(message), response.Errors[0].Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: its message may quote data (a constraint's key, a value that failed to convert).
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            UseCaseLog.Threw(logger, ex, UseCase, CompanyOf(message), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static string CompanyOf(TMessage message) => message is ITenantScoped scoped ? scoped.CompanyId.ToString() : "-";
}
