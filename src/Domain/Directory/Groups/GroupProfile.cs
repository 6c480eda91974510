namespace Platform.Domain.Directory.Groups;

/// <summary>What a client may write about a group besides its members.</summary>
/// <param name="CustomExtensions">Extension objects kept as sent (Okta's group description), a JSON object keyed by extension name.</param>
public sealed record GroupProfile(string DisplayName, string? ExternalId = null, string? CustomExtensions = null);
