namespace Platform.Api.Scim.Common.Patching;

/// <summary>Reads a PatchOp <c>op</c>. Entra capitalises it (<c>Replace</c>) unless a feature flag is set, so case is ignored.</summary>
public static class ScimPatchOperationParser
{
    public static ScimResult<ScimPatchOperation> Parse(string? op) => op?.ToLowerInvariant() switch
    {
        "add" => ScimPatchOperation.Add,
        "replace" => ScimPatchOperation.Replace,
        "remove" => ScimPatchOperation.Remove,
        _ => ScimProblem.InvalidSyntax(op is null
            ? "The operation has no 'op'; expected add, replace or remove."
            : $"{ScimProblem.Quote(op)} is not a PATCH operation; expected add, replace or remove."),
    };
}
