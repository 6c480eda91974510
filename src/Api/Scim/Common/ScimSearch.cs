namespace Platform.Api.Scim.Common;

/// <summary>POST <c>/.search</c> (RFC 7644 §3.4.3): the body is a <c>SearchRequest</c>; SCIM 1.1 has none, so only 2.0 maps it.</summary>
public static class ScimSearch
{
    public static async Task<ScimResult<ScimListRequest>> ReadAsync(HttpContext http, CancellationToken ct)
    {
        var body = await ScimRequestBody.ReadObjectAsync(http.Request, ct);
        return body.IsSuccess ? ScimListRequest.FromSearchBody(body.Value) : body.Problem;
    }
}
