using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Bulk;

namespace Platform.UnitTests.Api.Scim.Bulk;

public sealed class ScimBulkRequestReaderTests
{
    private static readonly ScimBulkMessages Messages = new("urn:test:BulkRequest", "urn:test:BulkResponse", (_, _, _) => { });

    private static ScimBulkOperation ReadOne(string operation) =>
        Assert.Single(ScimBulkRequestReader.Read(JsonNode.Parse($"{{\"Operations\":[{operation}]}}")!.AsObject(), Messages).Value.Operations);

    [Theory]
    [InlineData("{\"method\":\"post\",\"path\":\"/users\",\"bulkId\":\"a\",\"data\":{}}", "POST", "Users", null)]
    [InlineData("{\"method\":\"PATCH\",\"path\":\"/Groups/g1\",\"data\":{}}", "PATCH", "Groups", "g1")]
    [InlineData("{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:x\"}", "DELETE", "Users", "bulkId:x")]
    public void Read_WellFormedOperation_HasMethodTypeAndId(string json, string method, string type, string? id)
    {
        var operation = ReadOne(json);

        Assert.Null(operation.Problem);
        Assert.Equal((method, type, id), (operation.Method, operation.ResourceType, operation.Id));
    }

    [Theory]
    [InlineData("{\"method\":\"GET\",\"path\":\"/Users\"}")]
    [InlineData("{\"method\":\"POST\",\"path\":\"/Users/1\",\"bulkId\":\"a\",\"data\":{}}")]
    [InlineData("{\"method\":\"POST\",\"path\":\"/Users\",\"data\":{}}")]
    [InlineData("{\"method\":\"PUT\",\"path\":\"/Users/\",\"data\":{}}")]
    [InlineData("{\"method\":\"PUT\",\"path\":\"/Widgets/1\",\"data\":{}}")]
    [InlineData("{\"method\":\"PUT\",\"path\":\"/Users/1\"}")]
    [InlineData("\"DELETE /Users/1\"")]
    public void Read_MalformedOperation_Is400ForThatOperation(string json) =>
        Assert.Equal(400, ReadOne(json).Problem?.Status);

    [Fact]
    public void Read_ReferencesInPathAndData_AreCollected()
    {
        var operation = ReadOne("{\"method\":\"PUT\",\"path\":\"/Groups/bulkId:g\",\"data\":{\"members\":[{\"value\":\"bulkId:u1\"},{\"value\":\"u2\"},{\"value\":\"see bulkId:u3\"}]}}");

        Assert.Equal(["g", "u1"], operation.References.Order());
    }

    [Fact]
    public void Read_TwoPostsWithOneBulkId_TheSecondIsRefused()
    {
        var request = ScimBulkRequestReader.Read(JsonNode.Parse("""
            {"Operations":[
              {"method":"POST","path":"/Users","bulkId":"a","data":{}},
              {"method":"PATCH","path":"/Users/1","bulkId":"a","data":{}},
              {"method":"POST","path":"/Groups","bulkId":"a","data":{}}]}
            """)!.AsObject(), Messages).Value;

        Assert.Equal([null, null, 400], request.Operations.Select(o => o.Problem?.Status));
    }

    [Theory]
    [InlineData("{}", 400)]
    [InlineData("{\"Operations\":{}}", 400)]
    [InlineData("{\"schemas\":[\"urn:other\"],\"Operations\":[]}", 400)]
    [InlineData("{\"Operations\":[],\"failOnErrors\":\"1\"}", 400)]
    [InlineData("{\"Operations\":[],\"failOnErrors\":0}", 400)]
    public void Read_UnusableRequest_IsRefusedWhole(string json, int status) =>
        Assert.Equal(status, ScimBulkRequestReader.Read(JsonNode.Parse(json)!.AsObject(), Messages).Problem?.Status);

    [Fact]
    public void Read_MoreThanMaxOperations_Is413()
    {
        var operations = string.Join(",", Enumerable.Repeat("{\"method\":\"DELETE\",\"path\":\"/Users/1\"}", ScimBulkLimits.MaxOperations + 1));

        var read = ScimBulkRequestReader.Read(JsonNode.Parse($"{{\"schemas\":[\"urn:test:BulkRequest\"],\"Operations\":[{operations}]}}")!.AsObject(), Messages);

        Assert.Equal(413, read.Problem?.Status);
    }
}
