using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Platform.Application.Common.Persistence;

namespace Platform.Infrastructure.Persistence;

internal sealed class Repository<T>(PlatformDbContext db) : IRepository<T>
    where T : class
{
    private DbSet<T> Set => db.Set<T>();

    public void Add(T entity) => Set.Add(entity);

    public void Remove(T entity) => Set.Remove(entity);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification).FirstOrDefaultAsync(ct);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification).FirstOrDefaultAsync(ct);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(ct);

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification).ToListAsync(ct);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification, ignorePaging: true).CountAsync(ct);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken ct) =>
        SpecificationEvaluator.Apply(Set, specification, ignorePaging: true).AnyAsync(ct);
}
