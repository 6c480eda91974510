using Ardalis.Specification;

namespace Platform.Application.Common.Persistence;

/// <summary>
/// Reads and writes one aggregate type through specifications. Deliberately narrow: there is no SaveChanges here,
/// the unit-of-work behaviour commits once a command has succeeded.
/// </summary>
public interface IRepository<T>
    where T : class
{
    void Add(T entity);

    void Remove(T entity);

    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken ct);

    Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken ct);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken ct);

    Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken ct);

    /// <summary>Counts in the database; paging in the specification is ignored, as for a list's total.</summary>
    Task<int> CountAsync(ISpecification<T> specification, CancellationToken ct);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken ct);
}
