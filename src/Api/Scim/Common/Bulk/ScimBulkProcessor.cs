using System.Text;
using System.Text.Json.Nodes;
using Mediator;
using Platform.Api.Common;
using Platform.Api.Scim.Common.Groups;
using Platform.Api.Scim.Common.Users;

namespace Platform.Api.Scim.Common.Bulk;

/// <summary>
/// Runs a bulk request's operations (RFC 7644 §3.7). Each one is a request of its own to the same endpoint code as a
/// single request (<see cref="ScimUserEndpoints"/>, <see cref="ScimGroupEndpoints"/>), on a synthetic
/// <see cref="HttpContext"/> in a fresh service scope: same reading, commands, transaction, audit entries and errors.
/// The bulk is not atomic: what succeeded stays when a later operation fails.
/// <para>
/// Order: operations run in the order sent, except that one referring to a bulkId waits until the POST that declares
/// it has run (a forward reference). When every remaining operation waits on another (a circle), the first of them
/// fails with 409 and those that relied on it follow. After <c>failOnErrors</c> failures the rest are not run and not
/// reported. The first operation rides on the bulk request's own rate permit; every further one that runs takes one.
/// </para>
/// </summary>
public sealed class ScimBulkProcessor(
    HttpContext http,
    IScimDialect dialect,
    ScimBulkMessages messages,
    ScimUserEndpoints.PatchReader readUserPatch,
    ScimGroupEndpoints.PatchReader readGroupPatch,
    string companyKey)
{
    /// <summary>An operation's answer is kept only to report a failure: error bodies are small.</summary>
    private const int ErrorCaptureBytes = 64 * 1024;

    private readonly Dictionary<string, string> _created = new(StringComparer.Ordinal);
    private int _ran;

    /// <summary>The response's <c>Operations</c>: one entry per operation that was processed, in the order sent.</summary>
    public async Task<JsonArray> RunAsync(ScimBulkRequest request, CancellationToken ct)
    {
        var pending = request.Operations.ToList();
        var declared = pending.Where(o => o is { Problem: null, BulkId: not null } && o.Method == HttpMethods.Post)
            .ToDictionary(o => o.BulkId!, StringComparer.Ordinal);
        var outcomes = new JsonObject?[pending.Count];
        var errors = 0;
        while (pending.Count > 0 && !ct.IsCancellationRequested && (request.FailOnErrors is not { } limit || errors < limit))
        {
            var next = pending.FirstOrDefault(o => o.Problem is not null || o.References.All(r => _created.ContainsKey(r) || !declared.ContainsKey(r)));
            var outcome = next is null
                ? Failure(next = pending[0], new(StatusCodes.Status409Conflict, $"The operation's bulkId references form a circle ({string.Join(", ", pending[0].References.Where(declared.ContainsKey).Select(ScimProblem.Quote))}); none of them can run first.", "invalidValue"))
                : await ProcessAsync(next, ct);
            pending.Remove(next);
            if (next.BulkId is { } bulkId && declared.TryGetValue(bulkId, out var declaring) && declaring == next) declared.Remove(bulkId);
            outcomes[next.Index] = outcome.Body;
            if (outcome.Status >= StatusCodes.Status400BadRequest) errors++;
        }

        return new JsonArray([.. outcomes.Where(o => o is not null)]);
    }

    private async Task<Outcome> ProcessAsync(ScimBulkOperation operation, CancellationToken ct)
    {
        if (operation.Problem is { } problem) return Failure(operation, problem);
        if (operation.References.FirstOrDefault(r => !_created.ContainsKey(r)) is { } missing)
        {
            return Failure(operation, new(
                StatusCodes.Status409Conflict,
                $"bulkId {ScimProblem.Quote(missing)} does not stand for a resource: no POST of this request with that bulkId succeeded.",
                "invalidValue"));
        }

        if (_ran++ > 0 && http.RequestServices.GetRequiredService<RateBudgets>().TryTake(RateBudgetKind.Scim, ScimAuthenticationFilter.ClientOf(http).CompanyId) is not null)
        {
            return Failure(operation, new(StatusCodes.Status429TooManyRequests, "This company's request budget is spent for the moment; this operation did not run."));
        }

        var id = ScimBulkReferences.TryRead(operation.Id, out var reference) ? _created[reference] : operation.Id;
        var data = (JsonObject?)ScimBulkReferences.Resolve(operation.Data, _created);
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var urls = scope.ServiceProvider.GetRequiredService<PublicUrls>();
        var location = id is null ? null : $"{ScimUrls.Resources(urls, dialect, companyKey, operation.ResourceType!)}/{id}";
        var context = SyntheticRequest(scope.ServiceProvider, operation, id, data, ct);
        var result = (operation.Method, operation.ResourceType) switch
        {
            ("POST", "Users") => await ScimUserEndpoints.CreateAsync(context, dialect, companyKey, sender, urls, ct),
            ("PUT", "Users") => await ScimUserEndpoints.ReplaceAsync(context, dialect, companyKey, id!, sender, urls, ct),
            ("PATCH", "Users") => await ScimUserEndpoints.PatchAsync(context, dialect, readUserPatch, companyKey, id!, sender, urls, ct),
            ("DELETE", "Users") => await ScimUserEndpoints.DeleteAsync(context, dialect, id!, sender, ct),
            ("POST", _) => await ScimGroupEndpoints.CreateAsync(context, dialect, companyKey, sender, urls, ct),
            ("PUT", _) => await ScimGroupEndpoints.ReplaceAsync(context, dialect, companyKey, id!, sender, urls, ct),
            ("PATCH", _) => await ScimGroupEndpoints.PatchAsync(context, dialect, readGroupPatch, companyKey, id!, sender, urls, ct),
            _ => await ScimGroupEndpoints.DeleteAsync(context, dialect, id!, sender, ct),
        };
        await result.ExecuteAsync(context);
        return Answer(operation, context, location);
    }

    /// <summary>
    /// The operation as a request of its own: the bulk request's authenticated client and request id, the operation's
    /// data as the body, its version as <c>If-Match</c> (checked by the write under its lock, as for a single request:
    /// 412 when stale), and an answer kept only as far as an error needs.
    /// </summary>
    private DefaultHttpContext SyntheticRequest(IServiceProvider services, ScimBulkOperation operation, string? id, JsonObject? data, CancellationToken ct)
    {
        var context = new DefaultHttpContext { RequestServices = services, RequestAborted = ct, TraceIdentifier = http.TraceIdentifier };
        foreach (var (key, value) in http.Items) context.Items[key] = value;
        context.Request.Method = operation.Method!;
        context.Request.Path = $"{PublicUrls.ScimBasePath(dialect.PathSegment, companyKey)}/{operation.ResourceType}{(id is null ? string.Empty : "/" + Uri.EscapeDataString(id))}";
        if (data is not null)
        {
            var body = Encoding.UTF8.GetBytes(data.ToJsonString());
            context.Request.Body = new MemoryStream(body, writable: false);
            context.Request.ContentLength = body.Length;
            context.Request.ContentType = dialect.MediaType;
        }

        if (operation.Version is { } version) context.Request.Headers.IfMatch = version;
        context.Response.Body = new ScimCapturingStream(Stream.Null, ErrorCaptureBytes);
        return context;
    }

    private Outcome Answer(ScimBulkOperation operation, HttpContext context, string? location)
    {
        var status = context.Response.StatusCode;
        var created = context.Response.Headers.Location.ToString();
        if (operation.Method == HttpMethods.Post && status < StatusCodes.Status300MultipleChoices && created.Length > 0)
        {
            location = created;
            _created[operation.BulkId!] = created[(created.LastIndexOf('/') + 1)..];
        }

        var error = status >= StatusCodes.Status400BadRequest
            ? ErrorBodyOf((ScimCapturingStream)context.Response.Body) ?? dialect.ErrorBody(status, "The operation failed.", null)
            : null;

        var version = context.Response.Headers.ETag.ToString();
        return Entry(operation, status, operation.Method == HttpMethods.Post && error is not null ? null : location, version.Length > 0 ? version : null, error);
    }

    private static JsonObject? ErrorBodyOf(ScimCapturingStream answer)
    {
        if (!answer.Complete) return null;
        try
        {
            return JsonNode.Parse(answer.Captured) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private Outcome Failure(ScimBulkOperation operation, ScimProblem problem) =>
        Entry(operation, problem.Status, null, null, dialect.ErrorBody(problem.Status, problem.Detail, problem.ScimType));

    private Outcome Entry(ScimBulkOperation operation, int status, string? location, string? version, JsonObject? error)
    {
        var body = new JsonObject();
        if (operation.Method is not null) body["method"] = operation.Method;
        if (operation.BulkId is not null) body["bulkId"] = operation.BulkId;
        if (location is not null) body["location"] = location;
        if (version is not null) body["version"] = version;
        messages.WriteStatus(body, status, error);
        return new Outcome(status, body);
    }

    private sealed record Outcome(int Status, JsonObject Body);
}
