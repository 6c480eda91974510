namespace Platform.Application.Integrations;

public sealed record ScimAuthenticationFailure(DateTimeOffset At, ScimAuthenticationFailureReason Reason);
