using Platform.Application.Common;

namespace Platform.Api.Common;

/// <summary>The current HTTP request's id (<see cref="HttpContext.TraceIdentifier"/>); none at the CLI, where there is no request.</summary>
public sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public string? RequestId => accessor.HttpContext?.TraceIdentifier;
}
