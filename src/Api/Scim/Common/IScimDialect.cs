using System.Text.Json.Nodes;

namespace Platform.Api.Scim.Common;

/// <summary>What differs between SCIM 1.1 and 2.0 on the wire for the parts every endpoint shares.</summary>
public interface IScimDialect
{
    string Name { get; }

    /// <summary>The version's segment in the base URL: <c>v1</c> or <c>v2</c>.</summary>
    string PathSegment { get; }

    string MediaType { get; }

    string UserSchema { get; }

    string EnterpriseUserSchema { get; }

    string GroupSchema { get; }

    /// <summary>Whether <c>meta</c> carries <c>resourceType</c> (2.0 only).</summary>
    bool MetaHasResourceType { get; }

    JsonObject ErrorBody(int status, string detail, string? scimType);

    JsonObject ListResponse(IReadOnlyList<JsonNode> resources, int totalResults, int startIndex);
}
