using FluentValidation;
using Mediator;

namespace Platform.ArchitectureTests;

/// <summary>
/// The file tree tells what is in it: one use case per file, named after it (<c>PatchGroup.cs</c> holds
/// <c>PatchGroupCommand</c>, its validator and its handler), one interface per file named after it, and every file
/// named after a type it declares. Reads the sources (<see cref="SourceTree"/>) and the compiled types together.
/// </summary>
public sealed class SourceLayoutTests
{
    private static readonly Type[] ProductionTypes =
        [.. new[] { Assemblies.Domain, Assemblies.Application, Assemblies.Infrastructure, Assemblies.Api }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && type.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) == true)];

    private static readonly Type[] Messages =
        [.. ProductionTypes.Where(type => typeof(IBaseCommand).IsAssignableFrom(type) || typeof(IBaseQuery).IsAssignableFrom(type))];

    [Fact]
    public void CommandsAndQueries_LiveInAFileNamedAfterTheirUseCase()
    {
        Assert.NotEmpty(Messages);
        var misplaced = Messages
            .Select(message => (Message: message, Declared: DeclarationOf(message)))
            .Where(m => m.Declared is null || m.Declared.FileStem != UseCaseName(m.Message))
            .Select(m => $"{m.Message.Name} is in {m.Declared?.File ?? "no file found"}, expected {UseCaseName(m.Message)}.cs")
            .ToList();
        Assert.True(misplaced.Count == 0, "Use cases in misnamed files: " + string.Join("; ", misplaced));
    }

    [Fact]
    public void UseCaseFiles_HoldOneCommandOrQuery()
    {
        var crowded = Messages
            .GroupBy(message => DeclarationOf(message)?.File)
            .Where(file => file.Key is not null && file.Count() > 1)
            .Select(file => $"{file.Key}: {string.Join(", ", file.Select(m => m.Name))}")
            .ToList();
        Assert.True(crowded.Count == 0, "Files with more than one use case: " + string.Join("; ", crowded));
    }

    [Fact]
    public void HandlersAndValidators_LiveInTheirUseCasesFile()
    {
        var companions =
            from type in ProductionTypes
            from contract in type.GetInterfaces().Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
                .Select(i => i.GetGenericArguments()[0])
                .Concat(BaseTypes(type).Where(b => b.IsGenericType && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)).Select(b => b.GetGenericArguments()[0]))
            where Messages.Contains(contract)
            select (Companion: type, Message: contract);

        var list = companions.ToList();
        Assert.NotEmpty(list);
        var apart = list
            .Where(c => DeclarationOf(c.Companion)?.File is not { } file || file != DeclarationOf(c.Message)?.File)
            .Select(c => $"{c.Companion.Name} ({DeclarationOf(c.Companion)?.File}) is not beside {c.Message.Name} ({DeclarationOf(c.Message)?.File})")
            .ToList();
        Assert.True(apart.Count == 0, "Handlers or validators away from their use case: " + string.Join("; ", apart));
    }

    [Fact]
    public void Interfaces_EachLiveInAFileNamedAfterThem()
    {
        var interfaces = SourceTree.Declarations.Where(d => d.Kind == "interface").ToList();
        Assert.NotEmpty(interfaces);
        var misplaced = interfaces.Where(i => i.FileStem != i.Name).Select(i => $"{i.Name} in {i.File}").ToList();
        Assert.True(misplaced.Count == 0, "Interfaces not in a file of their own name: " + string.Join("; ", misplaced));
    }

    /// <summary>
    /// A file's name is the name of a type it declares, so the tree never hides a file's content behind a made-up
    /// name. A use case's file is named after its command or query without the suffix; an aggregate's named
    /// specifications live together in <c>{Aggregate}Specs.cs</c> (every type in it a <c>…Spec</c>); a page's
    /// code-behind (<c>X.cshtml.cs</c>) holds the page model the view names in its <c>@model</c>.
    /// </summary>
    [Fact]
    public void SourceFiles_AreNamedAfterATypeTheyDeclare()
    {
        var files = SourceTree.Declarations.GroupBy(d => d.File).ToList();
        Assert.NotEmpty(files);
        var misnamed = files.Where(file => !IsNamedForItsContent(file.Key, [.. file]))
            .Select(file => $"{file.Key} ({string.Join(", ", file.Select(d => d.Name))})")
            .ToList();
        Assert.True(misnamed.Count == 0, "Files not named after a type they declare: " + string.Join("; ", misnamed));
    }

    /// <summary>
    /// A file shows one thing: one public type, or one use case (its message, validator, handler and the result
    /// records only it returns), or one closed hierarchy (an abstract base and the records deriving from it), or an
    /// aggregate's specifications, or a page model; a generic and a non-generic type of one name may share a file
    /// (<c>Result</c>, <c>Result&lt;T&gt;</c>).
    /// </summary>
    [Fact]
    public void SourceFiles_ShowOneThing()
    {
        var crowded = SourceTree.Declarations
            .Where(d => d.IsPublic)
            .GroupBy(d => d.File)
            .Where(file => file.Select(d => d.Name).Distinct().Count() > 1 && !IsOneThing(file.Key, [.. file]))
            .Select(file => $"{file.Key} ({string.Join(", ", file.Select(d => d.Name).Distinct())})")
            .ToList();
        Assert.True(crowded.Count == 0, "Files that hold several public types: " + string.Join("; ", crowded));
    }

    private static bool IsOneThing(string file, IReadOnlyList<Declaration> declared)
    {
        var stem = declared[0].FileStem;
        if (stem.EndsWith("Specs", StringComparison.Ordinal) || file.EndsWith(".cshtml.cs", StringComparison.Ordinal)) return true;

        var types = declared.Select(d => ProductionTypes.Concat(AbstractTypes).FirstOrDefault(t => t.Namespace == d.Namespace && (t.Name == d.Name || t.Name.StartsWith(d.Name + "`", StringComparison.Ordinal)))).ToList();
        if (types.Any(t => t is null)) return false;

        // A closed hierarchy: every other public type derives from the file's abstract base of the file's name.
        var root = types.FirstOrDefault(t => t!.Name == stem && t.IsAbstract);
        if (root is not null && types.All(t => t == root || root.IsAssignableFrom(t))) return true;

        // A use case: its message, the handler and validator of that message, and records it alone returns.
        var message = types.FirstOrDefault(t => Messages.Contains(t) && UseCaseName(t!) == stem);
        if (message is null) return false;
        return types.All(t => t == message
            || t!.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericArguments().Contains(message))
            || BaseTypes(t).Any(b => b.IsGenericType && b.GetGenericArguments().Contains(message))
            || message.GetInterfaces().Any(i => i.IsGenericType && Unwrap(i.GetGenericArguments()[0]).Contains(t)));
    }

    private static readonly Type[] AbstractTypes =
        [.. new[] { Assemblies.Domain, Assemblies.Application, Assemblies.Infrastructure, Assemblies.Api }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsAbstract && type.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) == true)];

    /// <summary>The types a response type is made of: <c>Result&lt;CreatedCompany&gt;</c> → Result, CreatedCompany.</summary>
    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type) : [type];

    /// <summary>
    /// A namespace is its folder (<c>src/Api/Directory/Console/People</c> is <c>Platform.Api.Directory.Console.People</c>),
    /// so that no file can step out of its module's walls by declaring another module's or a shared folder's namespace.
    /// </summary>
    [Fact]
    public void Namespaces_AreTheirFolders()
    {
        var wrong = SourceTree.Declarations
            .Where(d => d.Namespace != ExpectedNamespace(d.File))
            .Select(d => $"{d.Name} in {d.File} is in namespace {d.Namespace}, expected {ExpectedNamespace(d.File)}")
            .Distinct()
            .ToList();
        Assert.NotEmpty(SourceTree.Declarations);
        Assert.True(wrong.Count == 0, "Namespaces that are not their folder: " + string.Join("; ", wrong));
    }

    /// <summary>The same for Razor: a view's class is in the namespace of the folder its .cshtml is in.</summary>
    [Fact]
    public void RazorViews_AreInTheirFoldersNamespace()
    {
        var views = Assemblies.Api.GetCustomAttributes(typeof(Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemAttribute), inherit: false)
            .Cast<Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemAttribute>()
            .ToList();
        Assert.NotEmpty(views);
        var wrong = views
            .Select(view => (view.Type, Expected: ExpectedNamespace("src/Api" + view.Identifier)))
            .Where(view => view.Type.Namespace != view.Expected)
            .Select(view => $"{view.Type.FullName}, expected namespace {view.Expected}")
            .ToList();
        Assert.True(wrong.Count == 0, "Razor views outside their folder's namespace: " + string.Join("; ", wrong));
    }

    private static string ExpectedNamespace(string file)
    {
        var parts = file.Split('/');
        return string.Join('.', ["Platform", .. parts[1..^1]]);
    }

    private static bool IsNamedForItsContent(string file, IReadOnlyList<Declaration> declared)
    {
        var stem = declared[0].FileStem;
        if (declared.Any(d => d.Name == stem || d.Name == stem + "Command" || d.Name == stem + "Query")) return true;
        if (stem.EndsWith("Specs", StringComparison.Ordinal)) return declared.All(d => d.Name.EndsWith("Spec", StringComparison.Ordinal));
        return file.EndsWith(".cshtml.cs", StringComparison.Ordinal) && declared.All(d => d.Name.EndsWith("Model", StringComparison.Ordinal));
    }

    /// <summary>Where a type is declared; a nested type counts as declared where its outermost type is.</summary>
    private static Declaration? DeclarationOf(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        var name = type.IsGenericType ? type.FullName![..type.FullName!.IndexOf('`', StringComparison.Ordinal)] : type.FullName;
        return SourceTree.Declarations.SingleOrDefault(d => d.FullName == name);
    }

    private static string UseCaseName(Type message) =>
        message.Name.EndsWith("Command", StringComparison.Ordinal) ? message.Name[..^"Command".Length]
        : message.Name.EndsWith("Query", StringComparison.Ordinal) ? message.Name[..^"Query".Length]
        : message.Name;

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType) yield return current;
    }
}
