using System.Text.Json.Nodes;
using Platform.Application.Directory.Schema;
using Platform.Domain.Directory.Extensions;

namespace Platform.Api.Scim.Common;

/// <summary>
/// The discovery documents, written from <see cref="DirectoryCatalogue"/>: SCIM 2.0 schemas and resource types
/// (RFC 7643 §6, §7), SCIM 1.1 schemas (SCIM 1.1 Core Schema §8.7), and the custom extensions a company's clients
/// have written (<see cref="SeenExtension"/>), whose attributes are described by the types their values had.
/// </summary>
public static class ScimSchemaDocuments
{
    private const string V2SchemaUrn = "urn:ietf:params:scim:schemas:core:2.0:Schema";
    private const string V2ResourceTypeUrn = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

    /// <summary>The schemas a company's resources use, core first: User, Group, the enterprise extension, then its custom extensions.</summary>
    public static List<JsonNode> V2Schemas(string baseUrl, IReadOnlyList<SeenExtension> seen) =>
    [
        V2Schema(baseUrl, DirectoryCatalogue.User, core: true),
        V2Schema(baseUrl, DirectoryCatalogue.Group, core: true),
        .. DirectoryCatalogue.UserType.Extensions.Select(extension => V2Schema(baseUrl, extension, core: false)),
        .. seen.DistinctBy(e => e.Urn, StringComparer.OrdinalIgnoreCase).Select(extension => V2CustomSchema(baseUrl, extension, seen)),
    ];

    public static List<JsonNode> V2ResourceTypes(string baseUrl, IReadOnlyList<SeenExtension> seen) =>
        [.. new[] { DirectoryCatalogue.UserType, DirectoryCatalogue.GroupType }.Select(type => V2ResourceType(baseUrl, type, seen))];

    /// <summary>An attribute as RFC 7643 §7 describes it: every characteristic, sub-attributes included.</summary>
    public static JsonObject V2Attribute(AttributeDefinition attribute)
    {
        var described = new JsonObject
        {
            ["name"] = attribute.Name,
            ["type"] = TypeName(attribute.Type),
            ["multiValued"] = attribute.MultiValued,
            ["description"] = attribute.Description,
            ["required"] = attribute.Required,
        };
        if (attribute.CanonicalValues is { Count: > 0 } canonical) described["canonicalValues"] = Strings(canonical);
        described["caseExact"] = attribute.CaseExact;
        described["mutability"] = Camel(attribute.Mutability.ToString());
        described["returned"] = Camel(attribute.Returned.ToString());
        described["uniqueness"] = Camel(attribute.Uniqueness.ToString());
        if (attribute.ReferenceTypes is { Count: > 0 } references) described["referenceTypes"] = Strings(references);
        if (attribute.Type == AttributeType.Complex)
        {
            described["subAttributes"] = new JsonArray(attribute.SubAttributesOrEmpty.Select(sub => (JsonNode)V2Attribute(sub)).ToArray());
        }

        return described;
    }

    /// <summary>A 1.1 schema document for a resource type: its core attributes, then its extensions', each naming its schema.</summary>
    public static JsonObject V1Schema(string baseUrl, ResourceType type)
    {
        var attributes = new JsonArray();
        foreach (var attribute in DirectoryCatalogue.CommonAttributes) attributes.Add(V1Attribute(attribute, DirectoryCatalogue.LegacyCoreUrn));
        foreach (var attribute in type.Schema.Attributes) attributes.Add(V1Attribute(attribute, type.Schema.LegacyId!));
        foreach (var extension in type.Extensions.Where(e => e.LegacyId is not null))
        {
            foreach (var attribute in extension.Attributes) attributes.Add(V1Attribute(attribute, extension.LegacyId!));
        }

        return new JsonObject
        {
            ["id"] = $"{type.Schema.LegacyId}:{type.Name}",
            ["name"] = type.Name,
            ["description"] = type.Description,
            ["schema"] = type.Schema.LegacyId,
            ["endpoint"] = type.Endpoint,
            ["attributes"] = attributes,
            ["meta"] = new JsonObject { ["location"] = $"{baseUrl}/Schemas{type.Endpoint}" },
        };
    }

    public static JsonObject V1Attribute(AttributeDefinition attribute, string schema)
    {
        var described = new JsonObject
        {
            ["name"] = attribute.Name,
            ["type"] = TypeName(attribute.Type),
            ["multiValued"] = attribute.MultiValued,
            ["description"] = attribute.Description,
            ["schema"] = schema,
            ["readOnly"] = attribute.Mutability == AttributeMutability.ReadOnly,
            ["required"] = attribute.Required,
            ["caseExact"] = attribute.CaseExact,
        };
        if (attribute.Type == AttributeType.Complex)
        {
            described["subAttributes"] = new JsonArray(attribute.SubAttributesOrEmpty.Select(sub => (JsonNode)V1Attribute(sub, schema)).ToArray());
        }

        return described;
    }

    private static JsonObject V2Schema(string baseUrl, ResourceSchema schema, bool core)
    {
        // externalId is a common attribute (RFC 7643 §3.1), listed with the core schemas because clients write it.
        IEnumerable<AttributeDefinition> attributes = core
            ? [.. schema.Attributes, DirectoryCatalogue.CommonAttributes.Single(a => a.Name == "externalId")]
            : schema.Attributes;
        return Document(baseUrl, schema.Id, schema.Name, schema.Description, attributes.Select(V2Attribute));
    }

    private static JsonObject V2CustomSchema(string baseUrl, SeenExtension extension, IReadOnlyList<SeenExtension> seen)
    {
        // The same URN may extend users and groups: its attributes are the union of what was seen on either.
        var attributes = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var same in seen.Where(e => e.Urn.Equals(extension.Urn, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var (name, shape) in JsonNode.Parse(same.Attributes) as JsonObject ?? [])
            {
                attributes.TryAdd(name, new JsonObject
                {
                    ["name"] = name,
                    ["type"] = (string?)shape?["type"] ?? "string",
                    ["multiValued"] = (bool?)shape?["multiValued"] ?? false,
                    ["description"] = $"Seen in values this company's clients wrote ({same.ResourceType}); kept as sent.",
                    ["required"] = false,
                    ["caseExact"] = false,
                    ["mutability"] = "readWrite",
                    ["returned"] = "default",
                    ["uniqueness"] = "none",
                });
            }
        }

        var shortName = extension.Urn[(extension.Urn.LastIndexOf(':') + 1)..];
        return Document(baseUrl, extension.Urn, shortName, "A custom extension this company's clients write; kept whole as sent.", attributes.Values);
    }

    private static JsonObject V2ResourceType(string baseUrl, ResourceType type, IReadOnlyList<SeenExtension> seen)
    {
        var extensions = new JsonArray();
        foreach (var extension in type.Extensions) extensions.Add(new JsonObject { ["schema"] = extension.Id, ["required"] = false });
        foreach (var extension in seen.Where(e => e.ResourceType == type.Name)) extensions.Add(new JsonObject { ["schema"] = extension.Urn, ["required"] = false });
        var document = new JsonObject
        {
            ["schemas"] = new JsonArray(V2ResourceTypeUrn),
            ["id"] = type.Name,
            ["name"] = type.Name,
            ["endpoint"] = type.Endpoint,
            ["description"] = type.Description,
            ["schema"] = type.Schema.Id,
        };
        if (extensions.Count > 0) document["schemaExtensions"] = extensions;
        document["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = $"{baseUrl}/ResourceTypes/{type.Name}" };
        return document;
    }

    private static JsonObject Document(string baseUrl, string id, string name, string description, IEnumerable<JsonObject> attributes) => new()
    {
        ["schemas"] = new JsonArray(V2SchemaUrn),
        ["id"] = id,
        ["name"] = name,
        ["description"] = description,
        ["attributes"] = new JsonArray(attributes.Select(a => (JsonNode)a).ToArray()),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema", ["location"] = $"{baseUrl}/Schemas/{id}" },
    };

    /// <summary>RFC 7643 §2.3's spelling: <c>string</c>, <c>dateTime</c>, <c>reference</c>.</summary>
    public static string TypeName(AttributeType type) => Camel(type.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
