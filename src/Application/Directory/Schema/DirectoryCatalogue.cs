namespace Platform.Application.Directory.Schema;

/// <summary>
/// The one declaration of what a directory resource is: the User schema (RFC 7643 §4.1), the enterprise extension
/// (§4.3) and the Group schema (§4.2), with every attribute's characteristics and where it is kept. Reading bodies,
/// PATCH paths, responses (<c>returned</c>, <c>attributes</c>), filters and sorting, and the <c>/Schemas</c> documents
/// all read it; adding an attribute is one entry here (see docs/extending.md).
/// </summary>
public static class DirectoryCatalogue
{
    public const string UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string EnterpriseUserUrn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string GroupUrn = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string LegacyCoreUrn = "urn:scim:schemas:core:1.0";
    public const string LegacyEnterpriseUrn = "urn:scim:schemas:extension:enterprise:1.0";

    /// <summary>Attributes every resource has (RFC 7643 §3.1); not part of any schema's attribute list.</summary>
    public static IReadOnlyList<AttributeDefinition> CommonAttributes { get; } =
    [
        new("id", AttributeType.String, "Unique identifier for the resource, assigned by the service provider.", StoredAt: null,
            CaseExact: true, Mutability: AttributeMutability.ReadOnly, Returned: AttributeReturned.Always, Uniqueness: AttributeUniqueness.Server),
        new("externalId", AttributeType.String, "Identifier of the resource as defined by the provisioning client.", StoredAt: "externalId",
            CaseExact: true),
        new("meta", AttributeType.Complex, "Resource metadata.", StoredAt: null, Mutability: AttributeMutability.ReadOnly,
            SubAttributes:
            [
                new("resourceType", AttributeType.String, "The name of the resource type.", null, CaseExact: true, Mutability: AttributeMutability.ReadOnly),
                new("created", AttributeType.DateTime, "When the resource was added.", null, Mutability: AttributeMutability.ReadOnly),
                new("lastModified", AttributeType.DateTime, "When the resource was last changed.", null, Mutability: AttributeMutability.ReadOnly),
                new("location", AttributeType.Reference, "The URI of the resource.", null, CaseExact: true, Mutability: AttributeMutability.ReadOnly,
                    ReferenceTypes: ["uri"]),
                new("version", AttributeType.String, "The version (ETag) of the resource.", null, CaseExact: true, Mutability: AttributeMutability.ReadOnly),
            ]),
    ];

    public static ResourceSchema User { get; } = new(UserUrn, LegacyCoreUrn, "User", "User Account",
    [
        new("userName", AttributeType.String, "Unique identifier for the user, used to sign in.", "userName",
            Required: true, Uniqueness: AttributeUniqueness.Server),
        new("name", AttributeType.Complex, "The components of the user's real name.", "name",
            SubAttributes:
            [
                Text("formatted", "The full name, formatted for display."),
                Text("familyName", "The family name, or last name."),
                Text("givenName", "The given name, or first name."),
                Text("middleName", "The middle name(s)."),
                Text("honorificPrefix", "The honorific prefix(es), or title (\"Ms.\")."),
                Text("honorificSuffix", "The honorific suffix(es) (\"III\")."),
            ]),
        Text("displayName", "The name of the user, suitable for display."),
        Text("nickName", "The casual way to address the user."),
        new("profileUrl", AttributeType.Reference, "A URI of an online representation of the user.", "attributes.profileUrl",
            ReferenceTypes: ["external"]),
        Text("title", "The user's title, such as \"Vice President\"."),
        Text("userType", "The relationship between the organization and the user (\"Employee\", \"Contractor\")."),
        Text("preferredLanguage", "The user's preferred written or spoken language (RFC 7231 Accept-Language)."),
        Text("locale", "The user's default location for localization (\"en-US\")."),
        Text("timezone", "The user's time zone in the IANA database format (\"America/Los_Angeles\")."),
        new("active", AttributeType.Boolean, "The user's administrative status.", "active"),
        new("password", AttributeType.String, "The user's cleartext password; accepted and discarded: sign-in is the identity provider's.", StoredAt: null,
            Mutability: AttributeMutability.WriteOnly, Returned: AttributeReturned.Never),
        MultiValued("emails", "Email addresses for the user.", "emails", ["work", "home", "other"]),
        MultiValued("phoneNumbers", "Phone numbers for the user.", "phoneNumbers", ["work", "home", "mobile", "fax", "pager", "other"]),
        MultiValued("ims", "Instant messaging addresses for the user.", "attributes.ims", ["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"]),
        MultiValued("photos", "URLs of photos of the user.", "attributes.photos", ["photo", "thumbnail"], AttributeType.Reference, ["external"]),
        new("addresses", AttributeType.Complex, "Physical mailing addresses for the user.", "attributes.addresses", MultiValued: true,
            SubAttributes:
            [
                Text("formatted", "The full mailing address, formatted for display."),
                Text("streetAddress", "The full street address."),
                Text("locality", "The city or locality."),
                Text("region", "The state or region."),
                Text("postalCode", "The zip code or postal code."),
                Text("country", "The country name (ISO 3166-1 alpha-2 code)."),
                new("type", AttributeType.String, "A label indicating the address's function.", "type", CanonicalValues: ["work", "home", "other"]),
                new("primary", AttributeType.Boolean, "Whether this is the primary address.", "primary"),
            ]),
        new("groups", AttributeType.Complex, "The groups the user belongs to, kept by the server from group memberships.", StoredAt: null,
            MultiValued: true, Mutability: AttributeMutability.ReadOnly,
            SubAttributes:
            [
                new("value", AttributeType.String, "The identifier of the group.", null, Mutability: AttributeMutability.ReadOnly),
                // RFC 7643 §8.7.1 lists both: a membership may come through a nested group.
                new("$ref", AttributeType.Reference, "The URI of the group.", null, Mutability: AttributeMutability.ReadOnly, ReferenceTypes: ["User", "Group"]),
                new("display", AttributeType.String, "The group's display name.", null, Mutability: AttributeMutability.ReadOnly),
                new("type", AttributeType.String, "Whether the membership is direct or through another group.", null,
                    Mutability: AttributeMutability.ReadOnly, CanonicalValues: ["direct", "indirect"]),
            ]),
        MultiValued("entitlements", "Entitlements of the user.", "attributes.entitlements", []),
        MultiValued("roles", "Roles of the user.", "attributes.roles", []),
        MultiValued("x509Certificates", "X.509 certificates of the user, base64 DER.", "attributes.x509Certificates", [], AttributeType.Binary),
    ]);

    public static ResourceSchema EnterpriseUser { get; } = new(EnterpriseUserUrn, LegacyEnterpriseUrn, "EnterpriseUser", "Enterprise User",
    [
        Text("employeeNumber", "A numeric or alphanumeric identifier assigned by the organization.", "enterprise.employeeNumber"),
        Text("costCenter", "The name of a cost center.", "enterprise.costCenter"),
        Text("organization", "The name of an organization.", "enterprise.organization"),
        Text("division", "The name of a division.", "enterprise.division"),
        Text("department", "The name of a department.", "enterprise.department"),
        // The manager's id is kept as enterprise.managerId: manager's parent path is the enterprise object itself.
        new("manager", AttributeType.Complex, "The user's manager.", "enterprise",
            SubAttributes:
            [
                new("value", AttributeType.String, "The id of the manager's user resource.", "managerId"),
                new("$ref", AttributeType.Reference, "The URI of the manager's user resource.", null,
                    Mutability: AttributeMutability.ReadOnly, ReferenceTypes: ["User"]),
                new("displayName", AttributeType.String, "The manager's display name.", null, Mutability: AttributeMutability.ReadOnly),
            ]),
    ]);

    public static ResourceSchema Group { get; } = new(GroupUrn, LegacyCoreUrn, "Group", "Group",
    [
        new("displayName", AttributeType.String, "A human-readable name for the group.", "displayName",
            Required: true, Uniqueness: AttributeUniqueness.Server),
        new("members", AttributeType.Complex, "The members of the group.", StoredAt: null, MultiValued: true,
            SubAttributes:
            [
                new("value", AttributeType.String, "The identifier of the member.", null, CaseExact: true, Mutability: AttributeMutability.Immutable),
                new("$ref", AttributeType.Reference, "The URI of the member.", null, Mutability: AttributeMutability.Immutable, ReferenceTypes: ["User", "Group"]),
                new("display", AttributeType.String, "The member's display name.", null, Mutability: AttributeMutability.ReadOnly),
                new("type", AttributeType.String, "The type of the member.", null, Mutability: AttributeMutability.Immutable, CanonicalValues: ["User", "Group"]),
            ]),
    ]);

    public static ResourceType UserType { get; } = new("User", "/Users", "User Account", User, [EnterpriseUser]);

    public static ResourceType GroupType { get; } = new("Group", "/Groups", "Group", Group, []);

    private static AttributeDefinition Text(string name, string description, string? storedAt = null) =>
        new(name, AttributeType.String, description, storedAt ?? name);

    /// <summary>A multi-valued attribute of the common shape (value, display, type, primary; RFC 7643 §2.4).</summary>
    private static AttributeDefinition MultiValued(
        string name, string description, string storedAt, IReadOnlyList<string> types, AttributeType valueType = AttributeType.String, IReadOnlyList<string>? referenceTypes = null) =>
        new(name, AttributeType.Complex, description, storedAt, MultiValued: true,
            SubAttributes:
            [
                new("value", valueType, $"The value of one of the {name}.", "value", ReferenceTypes: referenceTypes),
                new("display", AttributeType.String, "A human-readable name, for display only.", "display"),
                new("type", AttributeType.String, "A label indicating the value's function.", "type", CanonicalValues: types.Count == 0 ? null : types),
                new("primary", AttributeType.Boolean, "Whether this is the primary value.", "primary"),
            ]);
}
