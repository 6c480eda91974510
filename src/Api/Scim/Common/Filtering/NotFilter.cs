namespace Platform.Api.Scim.Common.Filtering;

/// <summary><c>not (a)</c>.</summary>
public sealed record NotFilter(ScimFilter Operand) : ScimFilter;
