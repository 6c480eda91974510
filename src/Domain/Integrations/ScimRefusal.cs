using System.Text.Json.Serialization;

namespace Platform.Domain.Integrations;

/// <summary>Why a SCIM request for an existing company was refused; each reason has its own advice in the console.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScimRefusal>))]
public enum ScimRefusal
{
    /// <summary>No token at all: the Authorization header was missing or empty (nothing pasted into Okta's API Token field).</summary>
    MissingToken = 1,

    /// <summary>A token that is not this company's current one: pasted in part or into the wrong field, or replaced by a reset.</summary>
    WrongToken = 2,
}
