namespace Platform.Api.Scim.Common.Patching;

/// <summary>What a PATCH does to an attribute: a 2.0 PatchOp's <c>op</c>, or how a 1.1 partial resource or a whole body is applied.</summary>
public enum ScimPatchOperation
{
    Add,
    Replace,
    Remove,
}
