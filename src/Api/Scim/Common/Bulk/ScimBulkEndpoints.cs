using System.Text.Json.Nodes;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>POST /Bulk (RFC 7644 §3.7, SCIM 1.1 §3.7): each version passes in its messages and how it reads PATCH bodies.</summary>
public static class ScimBulkEndpoints
{
    public static void MapBulk(
        RouteGroupBuilder scim,
        IScimDialect dialect,
        ScimBulkMessages messages,
        ScimUserEndpoints.PatchReader readUserPatch,
        ScimGroupEndpoints.PatchReader readGroupPatch)
    {
        scim.MapPost("/Bulk", async (HttpContext http, string companyKey, CancellationToken ct) =>
        {
            var body = await ScimRequestBody.ReadBulkAsync(http.Request, ScimBulkLimits.MaxPayloadSize, ct);
            if (!body.IsSuccess) return body.Problem.ToResult(dialect);

            var request = ScimBulkRequestReader.Read(body.Value, messages);
            if (!request.IsSuccess) return request.Problem.ToResult(dialect);

            var processor = new ScimBulkProcessor(http, dialect, messages, readUserPatch, readGroupPatch, companyKey);
            var operations = await processor.RunAsync(request.Value, ct);
            return ScimResponses.Json(dialect, new JsonObject { ["schemas"] = new JsonArray(messages.ResponseSchema), ["Operations"] = operations });
        });
    }
}
