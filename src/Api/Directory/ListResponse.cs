namespace Platform.Api.Directory;

public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
