using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Users;
using Platform.Application.Directory.Groups;

namespace Platform.Api.Scim.Common.Groups;

/// <summary>Writes groups in a version's wire format, members streamed and flushed in batches.</summary>
public static class ScimGroupWriter
{
    private const int FlushEvery = 500;

    public static async Task WriteAsync(
        Utf8JsonWriter writer,
        GroupView group,
        IAsyncEnumerable<GroupMemberView>? members,
        IScimDialect dialect,
        string groupsUrl,
        string usersUrl,
        ScimAttributeSelection selection,
        CancellationToken ct)
    {
        // Only the extensions written are listed in schemas.
        var extensions = (group.Profile.CustomExtensions is { } text ? JsonNode.Parse(text) as JsonObject : null)?
            .Where(extension => selection.Includes(extension.Key))
            .ToList();
        writer.WriteStartObject();
        writer.WriteStartArray("schemas");
        writer.WriteStringValue(dialect.GroupSchema);
        foreach (var (name, _) in extensions ?? []) writer.WriteStringValue(name);
        writer.WriteEndArray();
        writer.WriteString("id", group.Id);
        if (selection.Includes("externalId") && group.Profile.ExternalId is { } externalId) writer.WriteString("externalId", externalId);
        if (selection.Includes("displayName")) writer.WriteString("displayName", group.Profile.DisplayName);

        if (members is not null && selection.Includes("members"))
        {
            writer.WriteStartArray("members");
            var written = 0;
            await foreach (var member in members.WithCancellation(ct))
            {
                writer.WriteStartObject();
                writer.WriteString("value", member.UserId);
                writer.WriteString("display", member.Display);
                if (dialect.MetaHasResourceType)
                {
                    writer.WriteString("$ref", $"{usersUrl}/{member.UserId}");
                    writer.WriteString("type", "User");
                }

                writer.WriteEndObject();
                if (++written % FlushEvery == 0) await writer.FlushAsync(ct);
            }

            writer.WriteEndArray();
        }

        foreach (var (name, value) in extensions ?? [])
        {
            writer.WritePropertyName(name);
            if (value is null) writer.WriteNullValue();
            else value.WriteTo(writer);
        }

        if (selection.Includes("meta"))
        {
            writer.WritePropertyName("meta");
            ScimUserWriter.Meta(dialect, "Group", group.CreatedAt, group.LastModifiedAt, group.Version, $"{groupsUrl}/{group.Id}").WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
