using System.Linq.Expressions;
using Mapster;
using Mapster.Models;

namespace Platform.Application.Common.Mapping;

/// <summary>
/// The one Mapster configuration: every domain→view mapping registered by an <see cref="IRegister"/> in this assembly.
/// Handlers map loaded aggregates with it (through <c>IMapper</c>); specifications that project in the database select
/// the same mapping as an expression, so each view is defined once however it is read.
/// </summary>
public static class ApplicationMappings
{
    /// <summary>Built and compiled once: compiling checks every registered mapping at start-up.</summary>
    public static TypeAdapterConfig Config { get; } = CreateCompiled();

    /// <summary>A new, uncompiled configuration with every mapping of the assembly registered (tests validate it).</summary>
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(typeof(ApplicationMappings).Assembly);
        return config;
    }

    /// <summary>The mapping as an expression a specification can select, for the database to evaluate.</summary>
    public static Expression<Func<TSource, TDestination>> Projection<TSource, TDestination>() => ProjectionOf<TSource, TDestination>.Expression;

    private static TypeAdapterConfig CreateCompiled()
    {
        var config = Create();
        config.Compile();
        return config;
    }

    private static class ProjectionOf<TSource, TDestination>
    {
        public static readonly Expression<Func<TSource, TDestination>> Expression =
            (Expression<Func<TSource, TDestination>>)Config.CreateMapExpression(new TypeTuple(typeof(TSource), typeof(TDestination)), MapType.Projection);
    }
}
