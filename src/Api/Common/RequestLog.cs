namespace Platform.Api.Common;

/// <summary>The request line (source-generated: nothing is formatted unless Information is on for its category).</summary>
internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms (company {CompanyKey}, request {RequestId})")]
    public static partial void Answered(ILogger logger, string method, string route, int statusCode, double elapsedMs, string companyKey, string requestId);
}
