namespace Platform.Application.Directory.Filtering;

/// <summary>Cursor paging: the page after <see cref="After"/>, or the first page when it is null.</summary>
public sealed record KeysetPaging(KeysetPosition? After);
