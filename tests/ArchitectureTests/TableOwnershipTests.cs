using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using Platform.Domain.Tenancy;
using Platform.Infrastructure.Persistence;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module's tables are its own, even along an edge: an edge lets a module use another's Domain and use cases, not
/// its storage. Which module owns a table is read from the EF model (the entity's namespace,
/// <c>Platform.Domain.{Module}…</c>), so a new table is covered the day it is mapped. Two ways in are checked:
/// through EF (a module's infrastructure naming another module's entity type, e.g. <c>db.Set&lt;User&gt;()</c> or
/// <c>db.Accounts</c>), and through SQL text (a string literal in a module's infrastructure naming another
/// module's table). The one exception is the foreign key every tenant table has to <c>companies</c> (ADR 0006),
/// declared in the entity configurations (<c>HasOne&lt;Company&gt;()</c>).
/// </summary>
public sealed partial class TableOwnershipTests
{
    private static readonly Lazy<IReadOnlyList<(string Module, Type Entity, string Table)>> Tables = new(() =>
    {
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new PostgresPlatformDbContext(options);
        return [.. db.Model.GetEntityTypes()
            .Where(entity => entity.ClrType.Namespace?.StartsWith("Platform.Domain.", StringComparison.Ordinal) == true)
            .Select(entity => (entity.ClrType.Namespace!.Split('.')[2], entity.ClrType, entity.GetTableName()!))];
    });

    public static TheoryData<string> Modules => [.. Layers.Modules];

    [Fact]
    public void EveryModuleOwnsATable() =>
        Assert.All(Layers.Modules, module => Assert.Contains(Tables.Value, t => t.Module == module));

    [Theory]
    [MemberData(nameof(Modules))]
    public void InfrastructureModule_UsesNoOtherModulesEntities(string module)
    {
        var foreign = Tables.Value.Where(t => t.Module != module).Select(t => t.Entity.FullName!).ToArray();
        var foreignButCompany = Tables.Value.Where(t => t.Module != module && t.Entity != typeof(Company)).Select(t => t.Entity.FullName!).ToArray();
        var configurations = typeof(IEntityTypeConfiguration<>);
        ArchAssert.Holds(
            $"Platform.Infrastructure.{module} must not use another module's entities (its tables).",
            [
                (Layers.ModuleTypes("Infrastructure", module).And().DoNotImplementInterface(configurations),
                    s => s.ShouldNot().HaveDependencyOnAny(foreign)),
                (Layers.ModuleTypes("Infrastructure", module).And().ImplementInterface(configurations),
                    s => s.ShouldNot().HaveDependencyOnAny(foreignButCompany)),
            ]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void InfrastructureModule_SqlNamesNoOtherModulesTable(string module)
    {
        var foreignTables = Tables.Value.Where(t => t.Module != module).Select(t => t.Table).Distinct().ToList();
        var files = SourceTree.SourceFiles($"src/Infrastructure/{module}", "*.cs").ToList();
        Assert.NotEmpty(files);

        var offending = (
            from file in files
            let root = CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(SourceTree.Root, file))).GetRoot()
            from token in root.DescendantTokens()
            where token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
            from table in foreignTables
            where Regex.IsMatch(token.ValueText, $@"\b{Regex.Escape(table)}\b", RegexOptions.IgnoreCase)
            select $"{file}:{token.GetLocation().GetLineSpan().StartLinePosition.Line + 1} names {table}").ToList();
        Assert.True(offending.Count == 0, $"SQL in Platform.Infrastructure.{module} names another module's table: " + string.Join("; ", offending));
    }
}
