using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Bulk;

namespace Platform.UnitTests.Api.Scim.Bulk;

public sealed class ScimBulkReferencesTests
{
    [Fact]
    public void Resolve_ReplacesWholeReferencesOnlyAndLeavesTheOriginal()
    {
        var data = JsonNode.Parse("{\"members\":[{\"value\":\"bulkId:u1\"},{\"value\":\"see bulkId:u1\"}],\"n\":1}");

        var resolved = ScimBulkReferences.Resolve(data, new Dictionary<string, string> { ["u1"] = "id-1" });

        Assert.Equal("{\"members\":[{\"value\":\"id-1\"},{\"value\":\"see bulkId:u1\"}],\"n\":1}", resolved!.ToJsonString());
        Assert.Equal("bulkId:u1", (string)data!["members"]![0]!["value"]!);
    }
}
