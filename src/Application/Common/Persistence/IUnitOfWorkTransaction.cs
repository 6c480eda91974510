namespace Platform.Application.Common.Persistence;

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Commits; disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken ct);

    /// <summary>Joins a transaction an outer command started: only the outer command may retry it.</summary>
    bool IsNested { get; }
}
