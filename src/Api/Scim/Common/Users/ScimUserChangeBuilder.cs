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

    /// <summary>
    /// Where each text attribute the platform keeps in typed records goes in the change set, by its catalogue
    /// <c>StoredAt</c>. Which attributes exist, their types and sub-attributes come from <see cref="DirectoryCatalogue"/>.
    /// </summary>
    private static readonly Dictionary<string, Action<UserChanges, Optional<string?>>> TextSetters = new(StringComparer.Ordinal)
    {
        ["userName"] = (c, v) => c.UserName = v,
        ["externalId"] = (c, v) => c.ExternalId = v,
        ["displayName"] = (c, v) => c.DisplayName = v,
        ["nickName"] = (c, v) => c.NickName = v,
        ["title"] = (c, v) => c.Title = v,
        ["userType"] = (c, v) => c.UserType = v,
        ["preferredLanguage"] = (c, v) => c.PreferredLanguage = v,
        ["locale"] = (c, v) => c.Locale = v,
        ["timezone"] = (c, v) => c.Timezone = v,
        ["name.givenName"] = (c, v) => c.GivenName = v,
        ["name.familyName"] = (c, v) => c.FamilyName = v,
        ["name.middleName"] = (c, v) => c.MiddleName = v,
        ["name.formatted"] = (c, v) => c.FormattedName = v,
        ["name.honorificPrefix"] = (c, v) => c.HonorificPrefix = v,
        ["name.honorificSuffix"] = (c, v) => c.HonorificSuffix = v,
        ["enterprise.employeeNumber"] = (c, v) => c.EmployeeNumber = v,
        ["enterprise.costCenter"] = (c, v) => c.CostCenter = v,
        ["enterprise.organization"] = (c, v) => c.Organization = v,
        ["enterprise.division"] = (c, v) => c.Division = v,
        ["enterprise.department"] = (c, v) => c.Department = v,
        ["enterprise.managerId"] = (c, v) => c.ManagerId = v,
    };

    /// <summary>True when every catalogue attribute kept in a typed record has a place in the change set (checked by a test).</summary>
    public static IEnumerable<string> TypedTextPaths => TextSetters.Keys;

    /// <summary>One core attribute, or a dotted sub-attribute such as <c>name.givenName</c> (Entra sends those in path-less values).</summary>
    public ScimResult ApplyAttribute(string name, JsonNode? value, ScimPatchOperation operation)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0) return ApplySubAttribute(name[..dot], name[(dot + 1)..], value, operation);
        if (Ignored.Contains(name)) return ScimResult.Success;

        // Unknown attributes in a resource body are ignored (clients send attributes of their own); a PATCH path naming
        // one is rejected by the caller, which knows the path. Server-managed ones are ignored as well.
        var attribute = DirectoryCatalogue.UserType.Resolve(name)?.Attribute;
        if (attribute is null || attribute.IsServerManaged || attribute.StoredAt is null) return ScimResult.Success;
        if (StoredAttribute(name) is { } stored) return ApplyStored(stored, value, operation);

        var remove = operation == ScimPatchOperation.Remove;
        switch (attribute.Type)
        {
            case AttributeType.Boolean:
                if (remove) return ScimProblem.Mutability($"{attribute.Name} cannot be removed; set it to true or false.");
                if (ScimBoolean.Read(value) is not { IsSuccess: true } active) return Invalid(name, "true or false", value);
                Changes.Active = active.Value;
                return ScimResult.Success;
            case AttributeType.Complex when attribute.MultiValued:
                return ApplyContacts(ContactsOf(attribute), name, value, operation);
            case AttributeType.Complex:
                if (remove || value is null) return Clear(attribute.StoredAt, attribute);
                if (value is not JsonObject complex) return Invalid(name, "an object", value);
                // Sub-attributes this server does not keep are ignored in a body, as unknown attributes are.
                foreach (var (sub, subValue) in complex)
                {
                    if (attribute.SubAttribute(sub) is not null && ApplySubAttribute(attribute.Name, sub, subValue, operation) is { IsSuccess: false } failed) return failed;
                }

                return ScimResult.Success;
            default:
                return TextSetters.TryGetValue(attribute.StoredAt, out var set)
                    ? Text(name, value, remove, v => set(Changes, v))
                    : ScimResult.Success;
        }
    }

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
        var parent = DirectoryCatalogue.User.Attribute(attribute);
        if (parent is not { Type: AttributeType.Complex, MultiValued: false, StoredAt: not null })
        {
            return ScimProblem.InvalidPath($"'{attribute}.{sub}' is not an attribute this server can change.");
        }

        return parent.SubAttribute(sub) is { StoredAt: { } subStoredAt } child && TextSetters.TryGetValue($"{parent.StoredAt}.{subStoredAt}", out var set)
            ? Text($"{parent.Name}.{child.Name}", value, remove, v => set(Changes, v))
            : ScimProblem.InvalidPath($"'{parent.Name}.{sub}' is not an attribute of {parent.Name}.");
    }

    /// <summary>An attribute of the enterprise extension; <c>manager</c> may be an object with <c>value</c> or (Entra) the id itself.</summary>
    public ScimResult ApplyEnterprise(string attribute, JsonNode? value, ScimPatchOperation operation)
    {
        var remove = operation == ScimPatchOperation.Remove;
        var (_, name, sub) = ResourceType.Split(attribute);
        var definition = DirectoryCatalogue.EnterpriseUser.Attribute(name);
        if (definition is { Type: AttributeType.Complex, StoredAt: { } parentStoredAt })
        {
            // manager: an object with value, the id itself (Entra), or manager.value.
            var valueAttribute = definition.SubAttribute("value")!;
            var set = TextSetters[$"{parentStoredAt}.{valueAttribute.StoredAt}"];
            if (sub is not null)
            {
                return sub.Equals("value", StringComparison.OrdinalIgnoreCase)
                    ? Text($"{definition.Name}.value", value, remove, v => set(Changes, v))
                    : ScimProblem.InvalidPath($"'{attribute}' is not an attribute of the enterprise extension.");
            }

            return value is JsonObject manager
                ? Text($"{definition.Name}.value", manager["value"], remove, v => set(Changes, v))
                : Text(definition.Name, value, remove, v => set(Changes, v));
        }

        return sub is null && definition?.StoredAt is { } storedAt && TextSetters.TryGetValue(storedAt, out var setText)
            ? Text(attribute, value, remove, v => setText(Changes, v), allowNumber: true)
            : ScimProblem.InvalidPath($"'{attribute}' is not an attribute of the enterprise extension.");
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
        // Entra sets a sub-attribute of a typed value before that value exists (addresses[type eq "work"].locality):
        // when nothing matches a plain type filter, the value is created, as for emails.
        var createdType = subValue is not null && attribute.SubAttribute("type") is not null ? TypeNamedBy(filter) : null;
        return Edit(attribute, current =>
        {
            if (createdType is not null && (current is not JsonArray existing || !existing.Any(matches)))
            {
                var grown = current as JsonArray ?? [];
                grown.Add(new JsonObject { ["type"] = createdType, [subAttribute.Name] = subValue!.DeepClone() });
                return ScimCatalogueValues.KeepLastPrimary(grown);
            }

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

    /// <summary>The type a filter names when it is exactly <c>type eq "…"</c>; null for any other filter.</summary>
    private static string? TypeNamedBy(ScimFilter? filter) =>
        filter is ComparisonFilter { Operator: ComparisonOperator.Equal, Path: { SubAttribute: null } path, Value: StringValue type }
            && path.Name.Equals("type", StringComparison.OrdinalIgnoreCase)
            ? type.Value
            : null;

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
            if (DirectoryCatalogue.EnterpriseUser.Attribute(name) is not null && ApplyEnterprise(name, value, operation) is { IsSuccess: false } failed) return failed;
        }

        return ScimResult.Success;
    }

    private ScimResult ClearEnterprise()
    {
        foreach (var attribute in DirectoryCatalogue.EnterpriseUser.Attributes) Clear(attribute.StoredAt!, attribute);
        return ScimResult.Success;
    }

    /// <summary>Clears a typed attribute and, for a complex one, each of its sub-attributes.</summary>
    private ScimResult Clear(string storedAt, AttributeDefinition attribute)
    {
        if (attribute.Type != AttributeType.Complex)
        {
            if (TextSetters.TryGetValue(storedAt, out var set)) set(Changes, Optional<string?>.Of(null));
            return ScimResult.Success;
        }

        foreach (var sub in attribute.SubAttributesOrEmpty.Where(sub => sub.StoredAt is not null))
        {
            if (TextSetters.TryGetValue($"{storedAt}.{sub.StoredAt}", out var set)) set(Changes, Optional<string?>.Of(null));
        }

        return ScimResult.Success;
    }

    private List<ContactChange> ContactsOf(AttributeDefinition attribute) =>
        attribute.StoredAt == "phoneNumbers" ? Changes.PhoneNumbers : Changes.Emails;

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
