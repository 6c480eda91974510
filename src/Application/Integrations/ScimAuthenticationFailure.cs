using Platform.Domain.Integrations;

namespace Platform.Application.Integrations;

/// <summary>A refused SCIM request as the Okta page lists it; <paramref name="RequestId"/> opens it in the request log.</summary>
public sealed record ScimAuthenticationFailure(Guid RequestId, DateTimeOffset At, ScimRefusal Reason);
