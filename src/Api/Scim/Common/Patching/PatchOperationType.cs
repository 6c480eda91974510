namespace Platform.Api.Scim.Common.Patching;

public enum PatchOperationType
{
    Add,
    Replace,
    Remove,
}

/// <summary>Reads a PatchOp <c>op</c>. Entra capitalises it (<c>Replace</c>) unless a feature flag is set, so case is ignored.</summary>
public static class PatchOperationTypeParser
{
    public static ScimParseResult<PatchOperationType> Parse(string? op) => op?.ToLowerInvariant() switch
    {
        "add" => PatchOperationType.Add,
        "replace" => PatchOperationType.Replace,
        "remove" => PatchOperationType.Remove,
        _ => new ScimParseError(op is null
            ? "The operation has no 'op'; expected add, replace or remove."
            : $"{ScimParseError.Quote(op)} is not a PATCH operation; expected add, replace or remove."),
    };
}
