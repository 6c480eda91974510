using System.Text.Json.Serialization;

namespace Platform.Domain.Integrations;

/// <summary>What a SCIM request was about, from the first segment of its path (the request log filters by it).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScimResource>))]
public enum ScimResource
{
    /// <summary>Discovery (<c>ServiceProviderConfig</c>, <c>Schemas</c>, <c>ResourceTypes</c>) or a path with no resource.</summary>
    Other = 0,
    Users = 1,
    Groups = 2,
}
