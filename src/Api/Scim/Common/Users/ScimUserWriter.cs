using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Application.Directory.Schema;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.Api.Scim.Common.Users;

/// <summary>Writes a user in a version's wire format. Both versions carry the same values; only schema names and meta differ.</summary>
public static class ScimUserWriter
{
    /// <summary>The user with only the attributes <paramref name="selection"/> asks for (RFC 7644 §3.4.2.5).</summary>
    public static JsonObject Write(UserView user, IScimDialect dialect, string usersUrl, ScimAttributeSelection selection) =>
        selection.Apply(DirectoryCatalogue.UserType, Write(user, dialect, usersUrl));

    public static JsonObject Write(UserView user, IScimDialect dialect, string usersUrl)
    {
        var profile = user.Profile;
        var schemas = new JsonArray(dialect.UserSchema);
        var body = new JsonObject
        {
            ["schemas"] = schemas,
            ["id"] = user.Id,
        };
        AddText(body, "externalId", profile.ExternalId);
        body["userName"] = profile.UserName;

        var name = new JsonObject();
        AddText(name, "formatted", profile.NameOrEmpty.Formatted);
        AddText(name, "familyName", profile.NameOrEmpty.FamilyName);
        AddText(name, "givenName", profile.NameOrEmpty.GivenName);
        AddText(name, "middleName", profile.NameOrEmpty.MiddleName);
        AddText(name, "honorificPrefix", profile.NameOrEmpty.HonorificPrefix);
        AddText(name, "honorificSuffix", profile.NameOrEmpty.HonorificSuffix);
        if (name.Count > 0) body["name"] = name;

        AddText(body, "displayName", profile.DisplayName);
        AddText(body, "nickName", profile.NickName);
        AddText(body, "title", profile.Title);
        AddText(body, "userType", profile.UserType);
        AddText(body, "preferredLanguage", profile.PreferredLanguage);
        AddText(body, "locale", profile.Locale);
        AddText(body, "timezone", profile.Timezone);
        body["active"] = profile.Active;
        if (profile.EmailsOrEmpty.Count > 0) body["emails"] = Contacts(profile.EmailsOrEmpty);
        if (profile.PhoneNumbersOrEmpty.Count > 0) body["phoneNumbers"] = Contacts(profile.PhoneNumbersOrEmpty);
        if (profile.Attributes is not null)
        {
            // The attributes kept as sent, in the catalogue's order.
            var stored = StoredAttributes.Parse(profile.Attributes);
            foreach (var attribute in DirectoryCatalogue.User.Attributes)
            {
                if (stored[attribute.Name] is { } value) body[attribute.Name] = value.DeepClone();
            }
        }

        var groups = new JsonArray();
        var groupsUrl = usersUrl[..^"Users".Length] + "Groups";
        foreach (var group in user.Groups)
        {
            var entry = new JsonObject { ["value"] = group.GroupId, ["display"] = group.DisplayName };
            if (dialect.MetaHasResourceType) entry["$ref"] = $"{groupsUrl}/{group.GroupId}";
            entry["type"] = "direct";
            groups.Add(entry);
        }

        body["groups"] = groups;

        var enterprise = Enterprise(profile.EnterpriseOrEmpty);
        if (enterprise.Count > 0)
        {
            schemas.Add(dialect.EnterpriseUserSchema);
            body[dialect.EnterpriseUserSchema] = enterprise;
        }

        if (profile.CustomExtensions is not null && JsonNode.Parse(profile.CustomExtensions) is JsonObject custom)
        {
            foreach (var (extension, value) in custom)
            {
                schemas.Add(extension);
                body[extension] = value?.DeepClone();
            }
        }

        body["meta"] = Meta(dialect, "User", user.CreatedAt, user.LastModifiedAt, user.Version, $"{usersUrl}/{user.Id}");
        return body;
    }

    public static JsonObject Meta(IScimDialect dialect, string resourceType, DateTimeOffset created, DateTimeOffset lastModified, int version, string location)
    {
        var meta = new JsonObject();
        if (dialect.MetaHasResourceType) meta["resourceType"] = resourceType;
        meta["created"] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
        meta["lastModified"] = lastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);
        meta["location"] = location;
        meta["version"] = ETag(version);
        return meta;
    }

    public static string ETag(int version) => $"W/\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static JsonObject Enterprise(EnterpriseProfile enterprise)
    {
        var body = new JsonObject();
        AddText(body, "employeeNumber", enterprise.EmployeeNumber);
        AddText(body, "costCenter", enterprise.CostCenter);
        AddText(body, "organization", enterprise.Organization);
        AddText(body, "division", enterprise.Division);
        AddText(body, "department", enterprise.Department);
        if (enterprise.ManagerId is not null) body["manager"] = new JsonObject { ["value"] = enterprise.ManagerId };
        return body;
    }

    private static JsonArray Contacts(IReadOnlyList<ContactValue> items)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            var entry = new JsonObject { ["value"] = item.Value };
            AddText(entry, "type", item.Type);
            AddText(entry, "display", item.Display);
            entry["primary"] = item.Primary;
            array.Add(entry);
        }

        return array;
    }

    private static void AddText(JsonObject target, string name, string? value)
    {
        if (value is not null) target[name] = value;
    }
}
