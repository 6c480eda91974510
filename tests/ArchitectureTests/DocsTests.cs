using System.Reflection;
using System.Text.RegularExpressions;

namespace Platform.ArchitectureTests;

/// <summary>
/// The docs name real things: every repository path written in <c>docs/</c> and the README (in backticks or as a
/// link) exists, and every code name in backticks is a type or member of ours (declared in <c>src/</c> or
/// <c>tests/</c>) or of a library we reference, with the member named after its dot when the type is ours. A doc that
/// outlives a rename fails here, in the change that made it stale. Fenced code blocks are examples and are not
/// checked; the planted violations of docs/architecture.md (<c>Planted…</c>) were removed by design.
/// </summary>
public sealed partial class DocsTests
{
    /// <summary>
    /// Backticked words that look like type names but are settings, wire values, MSBuild items, or types of packages
    /// we deliberately do not use (ADR 0002).
    /// </summary>
    private static readonly HashSet<string> NotCode = new(StringComparer.Ordinal)
    {
        "PostgreSql", "Sqlite", "PublicBaseUrl", "MigrateOnStart", "ListResponse", "PatchOp", "ServiceProviderConfig",
        "ServiceProviderConfigs", "ResourceTypes", "Schemas", "Users", "Groups", "Resources", "Operations", "Errors",
        "SameSite", "HttpOnly", "CustomExt", "MediatR",
        "PackageReference", "FrameworkReference", "RepositoryBase", "VmRSS", "VmHWM",
    };

    private static readonly string[] DocFiles =
        [.. SourceTree.SourceFiles("docs", "*.md"), "README.md", "bench/README.md"];

    private static readonly Lazy<HashSet<string>> LibraryNames = new(LoadLibraryNames);

    private static readonly Lazy<HashSet<string>> SourceIdentifiers = new(() =>
    [
        .. SourceTree.SourceFiles("src", "*.cs").Concat(SourceTree.SourceFiles("tests", "*.cs"))
            .SelectMany(file => Identifier().Matches(File.ReadAllText(Path.Combine(SourceTree.Root, file))).Select(m => m.Value)),
    ]);

    private static readonly Type[] OurTypes =
        [.. new[] { Assemblies.Domain, Assemblies.Application, Assemblies.Infrastructure, Assemblies.Api }.SelectMany(SafeTypes)];

    [Fact]
    public void DocPaths_Exist()
    {
        var missing = (
            from doc in DocFiles
            let text = File.ReadAllText(Path.Combine(SourceTree.Root, doc))
            from reference in RepositoryPaths(doc, text)
            where !reference.Contains("Planted", StringComparison.Ordinal) && !Exists(reference)
            select $"{doc}: {reference}").Distinct().ToList();

        Assert.NotEmpty(DocFiles);
        Assert.True(missing.Count == 0, "Paths named in docs that do not exist: " + string.Join("; ", missing));
    }

    [Fact]
    public void DocCodeNames_AreRealTypesAndMembers()
    {
        var unknown = (
            from doc in DocFiles
            let text = FencedBlock().Replace(File.ReadAllText(Path.Combine(SourceTree.Root, doc)), string.Empty)
            from Match span in CodeSpan().Matches(text)
            let name = span.Groups[1].Value
            where (CodeName().IsMatch(name) || TestName().IsMatch(name))
                && !NotCode.Contains(Regex.Replace(name, "<[^>]*>", string.Empty)) && !name.Contains("Planted", StringComparison.Ordinal)
            let problem = TestName().IsMatch(name)
                ? (name.Split('.').All(SourceIdentifiers.Value.Contains) ? null : "no test or member of that name in the sources")
                : Check(name)
            where problem is not null
            select $"{doc}: `{name}` ({problem})").Distinct().ToList();

        Assert.True(unknown.Count == 0, "Code names in docs that do not exist: " + string.Join("; ", unknown));
    }

    /// <summary>Null when the name is real; otherwise why not.</summary>
    private static string? Check(string name)
    {
        var bare = Regex.Replace(name, "<[^>]*>", string.Empty);
        if (bare.StartsWith("Platform.", StringComparison.Ordinal))
        {
            // Platform.Application.X: a placeholder for any module.
            bare = Regex.Replace(bare, @"\.[A-Z]$", string.Empty);
            if (OurTypes.Any(t => t.FullName == bare || t.Namespace == bare || t.Namespace?.StartsWith(bare + ".", StringComparison.Ordinal) == true)) return null;

            // Platform.Api.Composition.MediatorRegistration.AddPlatformMediator: a member of a type.
            var dot = bare.LastIndexOf('.');
            return OurTypes.Any(t => t.FullName == bare[..dot] && t.GetMember(bare[(dot + 1)..], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0)
                ? null : "no such namespace, type or member";
        }

        var parts = bare.Split('.');
        var ours = OurTypes.Where(t => t.Name == parts[0] || t.Name.StartsWith(parts[0] + "`", StringComparison.Ordinal)).ToList();
        if (ours.Count > 0)
        {
            return parts.Length == 1 || ours.Any(t => t.GetMember(parts[1], BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0)
                ? null : $"{parts[0]} has no member {parts[1]}";
        }

        return parts.All(part => SourceIdentifiers.Value.Contains(part) || LibraryNames.Value.Contains(part))
            ? null : "no such name in the sources or a referenced library";
    }

    private static IEnumerable<string> RepositoryPaths(string doc, string text)
    {
        foreach (Match span in CodeSpan().Matches(text))
        {
            var value = span.Groups[1].Value;
            if (PathLike().IsMatch(value)) yield return value;
        }

        var folder = Path.GetDirectoryName(doc) ?? string.Empty;
        foreach (Match link in MarkdownLink().Matches(text))
        {
            var target = link.Groups[1].Value.Split('#')[0];
            if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            yield return Path.GetRelativePath(SourceTree.Root, Path.GetFullPath(Path.Combine(SourceTree.Root, folder, target))).Replace('\\', '/');
        }
    }

    /// <summary>A path exists as a file or a folder; <c>{A,B}</c> means each of them, and a path without an extension may name a .cs file.</summary>
    private static bool Exists(string reference)
    {
        var braces = Braces().Match(reference);
        if (braces.Success)
        {
            return braces.Groups[1].Value.Split(',').All(choice => Exists(reference.Replace(braces.Value, choice.Trim(), StringComparison.Ordinal)));
        }

        var path = Path.Combine(SourceTree.Root, reference.TrimEnd('/'));
        return File.Exists(path) || System.IO.Directory.Exists(path) || File.Exists(path + ".cs");
    }

    /// <summary>Type and public member names of every assembly the server and this test load.</summary>
    private static HashSet<string> LoadLibraryNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([Assemblies.Api, typeof(DocsTests).Assembly]);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.FullName!)) continue;
            foreach (var type in SafeTypes(assembly))
            {
                names.Add(type.Name.Split('`')[0]);
                if (!type.IsPublic) continue;
                foreach (var member in type.GetMembers()) names.Add(member.Name);
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                try
                {
                    pending.Enqueue(Assembly.Load(reference));
                }
                catch (FileNotFoundException)
                {
                    // A reference the runtime never needs (e.g. a design-time assembly) is simply not part of the vocabulary.
                }
            }
        }

        return names;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>PascalCase with at least two humps (<c>ScimClient</c>, <c>IConflictDescriber</c>), optional generic arguments and dotted members.</summary>
    [GeneratedRegex(@"^(Platform\.(?!sln$)[A-Za-z.]+|I?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+(?:<[A-Za-z, ]+>)?(?:\.[A-Z][A-Za-z0-9]*)?)$")]
    private static partial Regex CodeName();

    /// <summary>A test's name (<c>Subject_Condition_Outcome</c>), optionally after its class.</summary>
    [GeneratedRegex(@"^([A-Z][A-Za-z0-9]*\.)?[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$")]
    private static partial Regex TestName();

    [GeneratedRegex(@"^(src|tests|docs|scripts|bench|\.ci)(/[A-Za-z0-9_.{},\-]+)*/?$")]
    private static partial Regex PathLike();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Braces();
}
