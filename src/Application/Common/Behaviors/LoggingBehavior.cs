using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Platform.Application.Common.Messaging;
using Platform.Application.Common.Results;

namespace Platform.Application.Common.Behaviors;

/// <summary>
/// Outermost behaviour: logs the message type, tenant, outcome and elapsed time. Never the message itself — messages
/// carry passwords, tokens and directory data.
/// </summary>
public sealed class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IUseCaseResult
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var tenant = message is ITenantScoped scoped ? scoped.CompanyId.ToString() : "-";
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccess)
            {
                logger.LogInformation("{Message} for company {CompanyId} succeeded in {ElapsedMs:0.0} ms", typeof(TMessage).Name, tenant, elapsed);
            }
            else
            {
                logger.LogInformation(
                    "{Message} for company {CompanyId} failed with {ErrorCode} in {ElapsedMs:0.0} ms",
                    typeof(TMessage).Name,
                    tenant,
                    response.Errors[0].Code,
                    elapsed);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Message} for company {CompanyId} threw after {ElapsedMs:0.0} ms", typeof(TMessage).Name, tenant, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
