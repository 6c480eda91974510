namespace Platform.Application.Common.Persistence;

/// <summary>
/// The versions a write is based on (HTTP <c>If-Match</c>): the write goes ahead only when the stored version, read
/// under the row's lock inside the write's transaction, is one of them, so that two writers based on one version can
/// never both succeed. <see cref="Any"/> accepts whatever version exists.
/// </summary>
public sealed record ExpectedVersion(IReadOnlyList<int> Versions, bool Any = false)
{
    public static readonly ExpectedVersion AnyVersion = new([], Any: true);

    public bool Allows(int version) => Any || Versions.Contains(version);
}
