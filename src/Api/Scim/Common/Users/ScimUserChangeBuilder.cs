using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Filtering;
using Platform.Api.Scim.Common.Patching;
using Platform.Application.Common;
using Platform.Application.Directory.Schema;
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
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "schemas", "id", "meta", "groups", "password" };

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
        if (StoredAttribute(name) is { } stored) return ApplyStored(stored, value, operation);

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

    /// <summary>True when the catalogue declares the attribute (a PATCH path naming anything else is <c>invalidPath</c>, RFC 7644 §3.5.2).</summary>
    public static bool IsKnownAttribute(string name) => Ignored.Contains(name) || DirectoryCatalogue.UserType.Resolve(name) is not null;

    /// <summary>A core attribute the catalogue keeps as sent in the profile's <c>attributes</c> object (addresses, roles, …).</summary>
    public static AttributeDefinition? StoredAttribute(string name) =>
        DirectoryCatalogue.User.Attribute(name) is { StoredAt: { } storedAt } attribute && storedAt.StartsWith("attributes.", StringComparison.Ordinal) ? attribute : null;

    public ScimResult ApplySubAttribute(string attribute, string sub, JsonNode? value, ScimPatchOperation operation)
    {
        var remove = operation == ScimPatchOperation.Remove;
        if (StoredAttribute(attribute) is { } stored) return ApplyStoredPath(stored, null, sub, value, operation);
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

        // At most one value is primary (RFC 7643 §2.4): when a client marks several, the last keeps it.
        var lastPrimary = read.FindLastIndex(item => item.Primary);
        for (var i = 0; i < lastPrimary; i++) read[i] = read[i] with { Primary = false };
        foreach (var match in deleted) list.Add(new RemoveContacts(match));
        if (read.Count > 0 || operation == ScimPatchOperation.Replace)
        {
            list.Add(operation == ScimPatchOperation.Replace ? new ReplaceContacts(read) : new AddContacts(read));
        }

        return ScimResult.Success;
    }

    /// <summary>A whole attribute kept as sent: replaced, cleared, or (multi-valued) added to or removed from.</summary>
    public ScimResult ApplyStored(AttributeDefinition attribute, JsonNode? value, ScimPatchOperation operation)
    {
        if (operation == ScimPatchOperation.Remove && value is not null && attribute.MultiValued)
        {
            // Remove with a value names the elements to remove, as for emails.
            var named = (value is JsonArray several ? several : new JsonArray(value.DeepClone())).ToList();
            return Edit(attribute, current => WithoutElements(current, element => named.Any(n => SameElement(attribute, element, n))));
        }

        if (operation == ScimPatchOperation.Remove || value is null) return Edit(attribute, _ => null);

        var deleted = new List<JsonNode?>();
        if (attribute.MultiValued && value is JsonArray items)
        {
            // SCIM 1.1 PATCH marks elements to remove with "operation": "delete".
            deleted = items.Where(IsDeleteMark).ToList();
            if (deleted.Count > 0) value = new JsonArray(items.Where(item => !IsDeleteMark(item)).Select(item => item?.DeepClone()).ToArray());
        }

        if (ScimCatalogueValues.Read(attribute, value, attribute.Name, out var sent) is { } invalid) return invalid;
        if (deleted.Count > 0) _ = Edit(attribute, current => WithoutElements(current, element => deleted.Any(d => SameElement(attribute, element, d))));
        if (!attribute.MultiValued || operation == ScimPatchOperation.Replace) return Edit(attribute, _ => sent?.DeepClone());
        if (sent is not JsonArray added || added.Count == 0) return ScimResult.Success;
        return Edit(attribute, current =>
        {
            var result = current is JsonArray existing ? existing : [];
            if (added.Any(ScimCatalogueValues.IsPrimary))
            {
                foreach (var element in result.OfType<JsonObject>().Where(ScimCatalogueValues.IsPrimary)) element["primary"] = false;
            }

            foreach (var element in added.Where(element => !result.Any(existing => JsonNode.DeepEquals(existing, element)))) result.Add(element?.DeepClone());
            return ScimCatalogueValues.KeepLastPrimary(result);
        });
    }

    /// <summary>A PATCH path into an attribute kept as sent: <c>addresses[type eq "work"]</c>, <c>addresses[type eq "work"].locality</c>, <c>roles.value</c>.</summary>
    public ScimResult ApplyStoredPath(AttributeDefinition attribute, ScimFilter? filter, string? sub, JsonNode? value, ScimPatchOperation operation)
    {
        if (filter is null && sub is null) return ApplyStored(attribute, value, operation);
        var path = sub is null ? attribute.Name : $"{attribute.Name}.{sub}";
        if (!attribute.MultiValued) return ScimProblem.InvalidPath($"'{path}' is not a multi-valued attribute and takes no filter or sub-attribute.");
        Func<JsonNode?, bool> matches = filter is null ? _ => true : element => ScimValueFilterEvaluator.Matches(filter, attribute, element);
        if (sub is null)
        {
            if (operation == ScimPatchOperation.Remove) return Edit(attribute, current => WithoutElements(current, matches));
            if (ScimCatalogueValues.Read(attribute, value, attribute.Name, out var read) is { } invalid) return invalid;
            var sent = read as JsonArray ?? [];
            return Edit(attribute, current =>
            {
                var kept = WithoutElements(current, matches) as JsonArray ?? [];
                foreach (var element in sent) kept.Add(element?.DeepClone());
                return ScimCatalogueValues.KeepLastPrimary(kept);
            });
        }

        if (attribute.SubAttribute(sub) is not { } subAttribute) return ScimProblem.InvalidPath($"'{path}' is not a sub-attribute of {attribute.Name}.");
        if (subAttribute.IsServerManaged) return ScimResult.Success;
        JsonNode? subValue = null;
        if (operation != ScimPatchOperation.Remove)
        {
            if (ScimCatalogueValues.ReadSingle(subAttribute, value, path, out subValue) is { } invalid) return invalid;
        }

        var makesPrimary = subAttribute.Name == "primary" && subValue is JsonValue flag && flag.TryGetValue<bool>(out var primary) && primary;
        return Edit(attribute, current =>
        {
            if (current is not JsonArray elements) return current;
            foreach (var element in elements.OfType<JsonObject>())
            {
                if (matches(element))
                {
                    if (subValue is null) element.Remove(subAttribute.Name);
                    else element[subAttribute.Name] = subValue.DeepClone();
                }
                else if (makesPrimary && ScimCatalogueValues.IsPrimary(element))
                {
                    element["primary"] = false;
                }
            }

            return ScimCatalogueValues.KeepLastPrimary(elements);
        });
    }

    private ScimResult Edit(AttributeDefinition attribute, Func<JsonNode?, JsonNode?> apply)
    {
        Changes.Attributes.Add(new StoredAttributeEdit(attribute.Name, apply));
        return ScimResult.Success;
    }

    private static JsonNode? WithoutElements(JsonNode? current, Func<JsonNode?, bool> remove) =>
        current is JsonArray elements ? new JsonArray(elements.Where(element => !remove(element)).Select(element => element?.DeepClone()).ToArray()) : current;

    /// <summary>Whether a stored element is the one a client names: by its <c>value</c> when it has one, else whole.</summary>
    private static bool SameElement(AttributeDefinition attribute, JsonNode? element, JsonNode? named)
    {
        var namedValue = named is JsonObject namedObject ? namedObject["value"] : named;
        if (namedValue is null) return named is JsonObject whole && element is JsonObject stored && SameFields(stored, whole);
        var storedValue = element is JsonObject entry ? entry["value"] : element;
        var caseExact = attribute.SubAttribute("value")?.CaseExact ?? false;
        return storedValue is JsonValue a && namedValue is JsonValue b && a.TryGetValue<string>(out var x) && b.TryGetValue<string>(out var y)
            ? string.Equals(x, y, caseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
            : JsonNode.DeepEquals(storedValue, namedValue);
    }

    private static bool SameFields(JsonObject stored, JsonObject named) =>
        named.Where(p => p.Key != "operation").All(p => JsonNode.DeepEquals(stored[p.Key], p.Value));

    private static bool IsDeleteMark(JsonNode? item) =>
        item is JsonObject entry && entry["operation"] is JsonValue op && op.ToString().Equals("delete", StringComparison.OrdinalIgnoreCase);

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
