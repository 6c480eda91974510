namespace Platform.Domain.Directory.Users;

/// <summary>One entry of a multi-valued contact attribute (an email address or a phone number).</summary>
public sealed record ContactValue(string Value, string? Type = null, bool Primary = false, string? Display = null);
