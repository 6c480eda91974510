using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Infrastructure.Directory;

internal static class ProfileJson
{
    /// <summary>Properties holding JSON object text, stored as the object (see <see cref="RawJsonObjectConverter"/>).</summary>
    private static readonly HashSet<string> ObjectProperties = new(StringComparer.Ordinal) { "customExtensions", "attributes" };

    /// <summary>Stores the records' own properties only: computed getters (<c>NameOrEmpty</c>, …) have no setter and are left out.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    if (type.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object) return;
                    foreach (var computed in type.Properties.Where(p => p.Set is null).ToList()) type.Properties.Remove(computed);
                    foreach (var property in type.Properties.Where(p => p.PropertyType == typeof(string) && ObjectProperties.Contains(p.Name)))
                    {
                        property.CustomConverter = RawJsonObjectConverter.Instance;
                    }
                },
            },
        },
    };
}
