using Microsoft.Extensions.Logging;

namespace Platform.Application.Common.Behaviors;

/// <summary>The outermost behaviour's log lines (source-generated: no formatting unless the level is on).</summary>
internal static partial class UseCaseLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "{UseCase} for company {CompanyId} succeeded in {ElapsedMs:0.0} ms")]
    public static partial void Succeeded(ILogger logger, string useCase, string companyId, double elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "{UseCase} for company {CompanyId} failed with {ErrorCode} in {ElapsedMs:0.0} ms")]
    public static partial void Failed(ILogger logger, string useCase, string companyId, string errorCode, double elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "{UseCase} for company {CompanyId} threw after {ElapsedMs:0.0} ms")]
    public static partial void Threw(ILogger logger, Exception exception, string useCase, string companyId, double elapsedMs);
}
