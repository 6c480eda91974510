namespace Platform.Application.Common;

/// <summary>The request a use case runs in, as far as the use cases need to know it.</summary>
public interface IRequestContext
{
    /// <summary>The id the request log and the <c>X-Request-Id</c> header carry; null outside a request (the CLI).</summary>
    string? RequestId { get; }
}
