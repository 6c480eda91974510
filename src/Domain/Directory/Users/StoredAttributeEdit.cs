using System.Text.Json.Nodes;

namespace Platform.Domain.Directory.Users;

/// <summary>
/// One change to an attribute kept as sent (<see cref="UserProfile.Attributes"/>): a function from its stored value
/// (null when absent) to the new one (null removes it). The protocol edge builds it; the handler applies it to the
/// stored profile inside the transaction, so it sees the current value.
/// </summary>
public sealed record StoredAttributeEdit(string Name, Func<JsonNode?, JsonNode?> Apply);
