namespace Platform.Application.Directory.Filtering;

/// <summary>
/// Where a keyset page ended: the last resource's sort key (as the database returned it, <see cref="KeyKind"/> naming
/// its type; both null without a sort or when the resource had no value) and its id.
/// </summary>
public sealed record KeysetPosition(string? KeyKind, string? Key, Guid Id);
