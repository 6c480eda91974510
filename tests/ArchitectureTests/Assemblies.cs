using System.Reflection;

namespace Platform.ArchitectureTests;

/// <summary>The four production assemblies, each found through a type that is sure to stay in it.</summary>
internal static class Assemblies
{
    public static readonly Assembly Domain = typeof(Platform.Domain.Common.AggregateRoot).Assembly;
    public static readonly Assembly Application = typeof(Platform.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(Platform.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Platform.Api.Program).Assembly;
}
