using Ardalis.Specification;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Applies Ardalis specifications to EF Core queries (the Ardalis EF package is not available to us; see ADR 0002).
/// Implements Where, OrderBy/ThenBy, Skip/Take, AsNoTracking and Select. Any other feature a specification uses
/// throws, so that a query is never silently run without part of its shape.
/// </summary>
internal static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification, bool ignorePaging = false)
        where T : class
    {
        EnsureSupported(specification);
        var query = WhereEvaluator.Instance.GetQuery(source, specification);
        if (ignorePaging) return query;

        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        return specification.AsNoTracking ? Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(query) : query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        if (specification.Selector is null) throw new NotSupportedException($"{specification.GetType().Name} has no Select.");
        if (specification.SelectorMany is not null) throw new NotSupportedException($"{specification.GetType().Name}: SelectMany is not supported.");
        if (specification.PostProcessingAction is not null) throw new NotSupportedException($"{specification.GetType().Name}: PostProcessingAction is not supported.");
        return System.Linq.Queryable.Select(Apply(source, (ISpecification<T>)specification), specification.Selector);
    }

    private static void EnsureSupported<T>(ISpecification<T> specification)
    {
        string? unsupported =
            specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() ? "Include" :
            specification.SearchCriterias.Any() ? "Search" :
            specification.PostProcessingAction is not null ? "PostProcessingAction" :
            specification.IgnoreQueryFilters ? "IgnoreQueryFilters" :
            specification.AsSplitQuery ? "AsSplitQuery" :
            specification.AsTracking ? "AsTracking" :
            specification.AsNoTrackingWithIdentityResolution ? "AsNoTrackingWithIdentityResolution" :
            specification.IgnoreAutoIncludes ? "IgnoreAutoIncludes" :
            specification.QueryTags.Any() ? "TagWith" :
            null;
        if (unsupported is not null)
        {
            throw new NotSupportedException($"{specification.GetType().Name} uses {unsupported}, which our specification evaluator does not implement.");
        }
    }
}
