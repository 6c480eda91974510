namespace Platform.Application.Common.Persistence;

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Commits; disposing without committing rolls back.</summary>
    Task CommitAsync(CancellationToken ct);
}
