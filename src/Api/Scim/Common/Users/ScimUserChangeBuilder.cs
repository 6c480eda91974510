using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Patching;
using Platform.Application.Common;
using Platform.Application.Directory.Users;
using Platform.Domain.Directory.Users;

namespace Platform.Api.Scim.Common.Users;

/// <summary>
/// Turns SCIM user attributes (from a whole resource, a 1.1 partial resource or a 2.0 PatchOp) into one
/// protocol-neutral <see cref="UserChanges"/>. Attribute names are case-insensitive; read-only and server-managed
/// attributes (<c>id</c>, <c>meta</c>, <c>groups</c>, <c>password</c>, <c>schemas</c>) are ignored.
/// </summary>
public sealed class ScimUserChangeBuilder
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "schemas", "id", "meta", "groups", "password", "x509Certificates", "entitlements", "roles", "ims", "photos", "addresses" };

    public UserChanges Changes { get; } = new();

    /// <summary>Every attribute of a resource body (POST, PUT, 1.1 PATCH, or a path-less 2.0 value).</summary>
    public ScimResult ApplyResource(JsonObject body, ScimPatchOperation operation)
    {
        foreach (var (name, value) in body)
        {
            var applied = name.Contains(':', StringComparison.Ordinal)
                ? ApplyQualified(name, value, operation)
                : ApplyAttribute(name, value, operation);
            if (!applied.IsSuccess) return applied;
        }

        return ScimResult.Success;
    }

    /// <summary>A name with a schema prefix: an extension object, or (in a path-less value) <c>urn:…:attr</c> or a dotted sub-attribute.</summary>
    public ScimResult ApplyQualified(string name, JsonNode? value, ScimPatchOperation operation)
    {
        if (ScimUserSchemas.IsEnterprise(name))
        {
            if (operation == ScimPatchOperation.Remove || value is null) return ClearEnterprise();
            return value is JsonObject enterprise ? ApplyEnterpriseObject(enterprise, operation) : Invalid(name, "an object", value);
        }

        var split = name.LastIndexOf(':');
        var schema = name[..split];
        var attribute = name[(split + 1)..];
        if (ScimUserSchemas.IsEnterprise(schema)) return ApplyEnterprise(attribute, value, operation);
        if (ScimUserSchemas.IsCore(schema)) return ApplyAttribute(attribute, value, operation);

        // An extension we do not interpret (e.g. an Okta org's custom attributes): kept as sent.
        if (operation == ScimPatchOperation.Remove || value is null)
        {
            Changes.CustomExtensions[name] = null;
            return ScimResult.Success;
        }

        return value is JsonObject custom ? KeepCustom(name, custom) : Invalid(name, "an object", value);
    }

    /// <summary>One core attribute, or a dotted sub-attribute such as <c>name.givenName</c> (Entra sends those in path-less values).</summary>
    public ScimResult ApplyAttribute(string name, JsonNode? value, ScimPatchOperation operation)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0) return ApplySubAttribute(name[..dot], name[(dot + 1)..], value, operation);
        if (Ignored.Contains(name)) return ScimResult.Success;

        var remove = operation == ScimPatchOperation.Remove;
        switch (name.ToUpperInvariant())
        {
            case "USERNAME": return Text(name, value, remove, v => Changes.UserName = v);
            case "EXTERNALID": return Text(name, value, remove, v => Changes.ExternalId = v);
            case "DISPLAYNAME": return Text(name, value, remove, v => Changes.DisplayName = v);
            case "NICKNAME": return Text(name, value, remove, v => Changes.NickName = v);
            case "TITLE": return Text(name, value, remove, v => Changes.Title = v);
            case "USERTYPE": return Text(name, value, remove, v => Changes.UserType = v);
            case "PREFERREDLANGUAGE": return Text(name, value, remove, v => Changes.PreferredLanguage = v);
            case "LOCALE": return Text(name, value, remove, v => Changes.Locale = v);
            case "TIMEZONE": return Text(name, value, remove, v => Changes.Timezone = v);
            case "ACTIVE":
                if (remove) return ScimProblem.Mutability("active cannot be removed; set it to true or false.");
                if (ScimBoolean.Read(value) is not { IsSuccess: true } active) return Invalid(name, "true or false", value);
                Changes.Active = active.Value;
                return ScimResult.Success;
            case "NAME":
                if (remove || value is null) return ClearName();
                if (value is not JsonObject nameObject) return Invalid(name, "an object", value);
                // Sub-attributes this server does not keep are ignored in a body, as unknown attributes are.
                foreach (var (sub, subValue) in nameObject)
                {
                    if (IsNamePart(sub) && ApplySubAttribute("name", sub, subValue, operation) is { IsSuccess: false } failed) return failed;
                }

                return ScimResult.Success;
            case "EMAILS": return ApplyContacts(Changes.Emails, name, value, operation);
            case "PHONENUMBERS": return ApplyContacts(Changes.PhoneNumbers, name, value, operation);
            default:
                // Unknown attributes in a resource body are ignored (clients send attributes of their own); a PATCH path
                // naming one is rejected by the caller, which knows the path.
                return ScimResult.Success;
        }
    }

    private static bool IsNamePart(string name) =>
        name.ToUpperInvariant() is "GIVENNAME" or "FAMILYNAME" or "MIDDLENAME" or "FORMATTED" or "HONORIFICPREFIX" or "HONORIFICSUFFIX";

    private static bool IsEnterpriseAttribute(string name) =>
        name.ToUpperInvariant() is "EMPLOYEENUMBER" or "COSTCENTER" or "ORGANIZATION" or "DIVISION" or "DEPARTMENT" or "MANAGER";

    public static bool IsIgnoredAttribute(string name) => Ignored.Contains(name);

    public static bool IsKnownAttribute(string name) =>
        name.ToUpperInvariant() is "USERNAME" or "EXTERNALID" or "DISPLAYNAME" or "NICKNAME" or "TITLE" or "USERTYPE" or "PREFERREDLANGUAGE"
            or "LOCALE" or "TIMEZONE" or "ACTIVE" or "NAME" or "EMAILS" or "PHONENUMBERS"
        || Ignored.Contains(name);

    public ScimResult ApplySubAttribute(string attribute, string sub, JsonNode? value, ScimPatchOperation operation)
    {
        var remove = operation == ScimPatchOperation.Remove;
        if (!attribute.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            return ScimProblem.InvalidPath($"'{attribute}.{sub}' is not an attribute this server can change.");
        }

        return sub.ToUpperInvariant() switch
        {
            "GIVENNAME" => Text("name.givenName", value, remove, v => Changes.GivenName = v),
            "FAMILYNAME" => Text("name.familyName", value, remove, v => Changes.FamilyName = v),
            "MIDDLENAME" => Text("name.middleName", value, remove, v => Changes.MiddleName = v),
            "FORMATTED" => Text("name.formatted", value, remove, v => Changes.FormattedName = v),
            "HONORIFICPREFIX" => Text("name.honorificPrefix", value, remove, v => Changes.HonorificPrefix = v),
            "HONORIFICSUFFIX" => Text("name.honorificSuffix", value, remove, v => Changes.HonorificSuffix = v),
            _ => ScimProblem.InvalidPath($"'name.{sub}' is not an attribute of name."),
        };
    }

    /// <summary>An attribute of the enterprise extension; <c>manager</c> may be an object with <c>value</c> or (Entra) the id itself.</summary>
    public ScimResult ApplyEnterprise(string attribute, JsonNode? value, ScimPatchOperation operation)
    {
        var remove = operation == ScimPatchOperation.Remove;
        return attribute.ToUpperInvariant() switch
        {
            "EMPLOYEENUMBER" => Text(attribute, value, remove, v => Changes.EmployeeNumber = v, allowNumber: true),
            "COSTCENTER" => Text(attribute, value, remove, v => Changes.CostCenter = v, allowNumber: true),
            "ORGANIZATION" => Text(attribute, value, remove, v => Changes.Organization = v, allowNumber: true),
            "DIVISION" => Text(attribute, value, remove, v => Changes.Division = v, allowNumber: true),
            "DEPARTMENT" => Text(attribute, value, remove, v => Changes.Department = v, allowNumber: true),
            "MANAGER" => value is JsonObject manager
                ? Text("manager.value", manager["value"], remove, v => Changes.ManagerId = v)
                : Text("manager", value, remove, v => Changes.ManagerId = v),
            "MANAGER.VALUE" => Text("manager.value", value, remove, v => Changes.ManagerId = v),
            _ => ScimProblem.InvalidPath($"'{attribute}' is not an attribute of the enterprise extension."),
        };
    }

    /// <summary>A change to emails or phoneNumbers with an optional filter (<c>emails[type eq "work"]</c>) and sub-attribute.</summary>
    public ScimResult ApplyContactPath(string attribute, ContactMatch? match, string? sub, JsonNode? value, ScimPatchOperation operation)
    {
        var list = attribute.Equals("emails", StringComparison.OrdinalIgnoreCase) ? Changes.Emails
            : attribute.Equals("phoneNumbers", StringComparison.OrdinalIgnoreCase) ? Changes.PhoneNumbers
            : null;
        if (list is null) return ScimProblem.InvalidPath($"'{attribute}' does not take a filter.");
        if (sub is null)
        {
            if (match is null) return ApplyContacts(list, attribute, value, operation);
            if (operation == ScimPatchOperation.Remove)
            {
                list.Add(new RemoveContacts(match));
                return ScimResult.Success;
            }

            // Replacing filtered entries with new values: remove what matched, then add what was sent.
            list.Add(new RemoveContacts(match));
            return ApplyContacts(list, attribute, value, ScimPatchOperation.Add);
        }

        ContactField? field = sub.ToUpperInvariant() switch
        {
            "VALUE" => ContactField.Value,
            "TYPE" => ContactField.Type,
            "PRIMARY" => ContactField.Primary,
            "DISPLAY" => ContactField.Display,
            _ => null,
        };
        if (field is null) return ScimProblem.InvalidPath($"'{attribute}.{sub}' is not a sub-attribute of {attribute}.");
        if (operation == ScimPatchOperation.Remove)
        {
            if (field == ContactField.Value) list.Add(new RemoveContacts(match ?? ContactMatch.All));
            else list.Add(new SetContactField(match ?? ContactMatch.All, field.Value, null));
            return ScimResult.Success;
        }

        string? text;
        if (field == ContactField.Primary)
        {
            if (ScimBoolean.Read(value) is not { IsSuccess: true } primary) return Invalid($"{attribute}.{sub}", "true or false", value);
            text = primary.Value ? "true" : "false";
        }
        else if (!ScimValues.TryReadText(value, out text) || text is null)
        {
            return Invalid($"{attribute}.{sub}", "a string", value);
        }

        list.Add(new SetContactField(match ?? ContactMatch.All, field.Value, text));
        return ScimResult.Success;
    }

    private ScimResult ApplyContacts(List<ContactChange> list, string attribute, JsonNode? value, ScimPatchOperation operation)
    {
        if (operation == ScimPatchOperation.Remove && value is not null)
        {
            // Remove with a value names the entries to remove (never all of them): Entra sends an array, some clients one entry.
            IEnumerable<JsonNode?> named = value is JsonArray several ? several : new[] { value };
            foreach (var item in named)
            {
                if (!ScimValues.TryReadText(item is JsonObject entry ? entry["value"] : item, out var itemValue) || itemValue is null)
                {
                    return Invalid(attribute, "items with a value", item);
                }

                list.Add(new RemoveContacts(new ContactMatch(Value: itemValue)));
            }

            return ScimResult.Success;
        }

        if (operation == ScimPatchOperation.Remove || value is null)
        {
            list.Add(new RemoveContacts(ContactMatch.All));
            return ScimResult.Success;
        }

        var items = value is JsonArray array ? array : new JsonArray(value.DeepClone());
        var read = new List<ContactValue>();
        var deleted = new List<ContactMatch>();
        foreach (var item in items)
        {
            if (item is not JsonObject entry) return Invalid(attribute, "objects with a value", item);
            if (!ScimValues.TryReadText(entry["value"], out var itemValue) || string.IsNullOrWhiteSpace(itemValue))
            {
                return Invalid($"{attribute}.value", "a non-empty string", entry["value"]);
            }

            if (!ScimValues.TryReadText(entry["type"], out var type)) return Invalid($"{attribute}.type", "a string", entry["type"]);
            if (!ScimValues.TryReadText(entry["display"], out var display)) return Invalid($"{attribute}.display", "a string", entry["display"]);
            var primary = false;
            if (entry["primary"] is { } primaryNode)
            {
                if (ScimBoolean.Read(primaryNode) is not { IsSuccess: true } readPrimary) return Invalid($"{attribute}.primary", "true or false", primaryNode);
                primary = readPrimary.Value;
            }

            // SCIM 1.1 PATCH marks entries to remove with "operation": "delete".
            if (entry["operation"] is JsonValue op && op.ToString().Equals("delete", StringComparison.OrdinalIgnoreCase))
            {
                deleted.Add(new ContactMatch(Value: itemValue));
                continue;
            }

            read.Add(new ContactValue(itemValue.Trim(), type, primary, display));
        }

        foreach (var match in deleted) list.Add(new RemoveContacts(match));
        if (read.Count > 0 || operation == ScimPatchOperation.Replace)
        {
            list.Add(operation == ScimPatchOperation.Replace ? new ReplaceContacts(read) : new AddContacts(read));
        }

        return ScimResult.Success;
    }

    private ScimResult ApplyEnterpriseObject(JsonObject enterprise, ScimPatchOperation operation)
    {
        foreach (var (name, value) in enterprise)
        {
            if (IsEnterpriseAttribute(name) && ApplyEnterprise(name, value, operation) is { IsSuccess: false } failed) return failed;
        }

        return ScimResult.Success;
    }

    private ScimResult ClearEnterprise()
    {
        Changes.EmployeeNumber = Changes.CostCenter = Changes.Organization = Changes.Division = Changes.Department = Changes.ManagerId = Optional<string?>.Of(null);
        return ScimResult.Success;
    }

    private ScimResult ClearName()
    {
        Changes.GivenName = Changes.FamilyName = Changes.MiddleName = Changes.FormattedName = Changes.HonorificPrefix = Changes.HonorificSuffix = Optional<string?>.Of(null);
        return ScimResult.Success;
    }

    private ScimResult KeepCustom(string name, JsonObject custom)
    {
        Changes.CustomExtensions[name] = custom.ToJsonString();
        return ScimResult.Success;
    }

    private static ScimResult Text(string name, JsonNode? value, bool remove, Action<Optional<string?>> set, bool allowNumber = false)
    {
        if (remove)
        {
            set(Optional<string?>.Of(null));
            return ScimResult.Success;
        }

        if (!ScimValues.TryReadText(value, out var text, allowNumber)) return Invalid(name, "a string", value);
        set(Optional<string?>.Of(string.IsNullOrEmpty(text) ? null : text));
        return ScimResult.Success;
    }

    private static ScimProblem Invalid(string attribute, string expected, JsonNode? actual) =>
        ScimProblem.InvalidValue($"'{attribute}' must be {expected}, not {ScimValues.Describe(actual)}.");
}
