using System.Text.Json;

namespace Platform.Api.Scim.Common;

/// <summary>
/// A SCIM response written straight to the response body as it is produced, so that a group with 100,000 members
/// is sent with a bounded buffer instead of being built in memory first.
/// </summary>
public sealed class ScimStreamResult(IScimDialect dialect, int status, Func<Utf8JsonWriter, CancellationToken, Task> write) : IResult
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = $"{dialect.MediaType}; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body, WriterOptions);
        await write(writer, httpContext.RequestAborted);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
