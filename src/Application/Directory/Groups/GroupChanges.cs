using Platform.Application.Common;
using Platform.Domain.Directory;
using Platform.Domain.Directory.Groups;

namespace Platform.Application.Directory.Groups;

/// <summary>Changes to a group's own attributes; an attribute with no value is left as it is.</summary>
public sealed class GroupChanges
{
    public Optional<string?> DisplayName { get; set; }

    public Optional<string?> ExternalId { get; set; }

    /// <summary>Extension objects to replace (JSON object text) or remove (null), by extension name.</summary>
    public Dictionary<string, string?> CustomExtensions { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => !DisplayName.HasValue && !ExternalId.HasValue && CustomExtensions.Count == 0;

    public GroupProfile ApplyTo(GroupProfile current) => current with
    {
        DisplayName = DisplayName.Or(current.DisplayName) ?? string.Empty,
        ExternalId = ExternalId.Or(current.ExternalId),
        CustomExtensions = CustomExtensions.Count == 0 ? current.CustomExtensions : ExtensionObjects.Merge(current.CustomExtensions, CustomExtensions),
    };
}
