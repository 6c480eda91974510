using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Platform.ArchitectureTests;

/// <summary>A top-level type declared in <c>src/</c>: what the file tree shows a reader.</summary>
/// <param name="File">Path relative to the repository root, with forward slashes.</param>
internal sealed record Declaration(string Namespace, string Name, string Kind, bool IsPublic, string File)
{
    public string FullName => $"{Namespace}.{Name}";

    /// <summary>The file's name without <c>.cs</c> (and without <c>.cshtml</c> for a page model's code-behind).</summary>
    public string FileStem => System.IO.Path.GetFileName(File).Replace(".cshtml.cs", string.Empty, StringComparison.Ordinal).Replace(".cs", string.Empty, StringComparison.Ordinal);
}

/// <summary>
/// The repository's sources, parsed (syntax only) with Roslyn. EF Core's generated migrations are left out: their
/// file names are timestamps by design.
/// </summary>
internal static class SourceTree
{
    public static readonly string Root = FindRoot();

    public static readonly IReadOnlyList<Declaration> Declarations = Parse();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> SourceFiles(string under, string pattern) =>
        System.IO.Directory.EnumerateFiles(Path.Combine(Root, under), pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal));

    private static List<Declaration> Parse() =>
    [
        .. from file in SourceFiles("src", "*.cs")
           where !file.Contains("/Migrations/", StringComparison.Ordinal)
           let root = CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(Root, file))).GetCompilationUnitRoot()
           from type in TopLevelTypes(root)
           select new Declaration(
               type.Parent is BaseNamespaceDeclarationSyntax ns ? ns.Name.ToString() : string.Empty,
               type.Identifier.Text,
               type switch
               {
                   InterfaceDeclarationSyntax => "interface",
                   RecordDeclarationSyntax => "record",
                   StructDeclarationSyntax => "struct",
                   EnumDeclarationSyntax => "enum",
                   _ => "class",
               },
               type.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword)),
               file),
    ];

    private static IEnumerable<BaseTypeDeclarationSyntax> TopLevelTypes(CompilationUnitSyntax root) =>
        root.Members.OfType<BaseTypeDeclarationSyntax>()
            .Concat(root.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(ns => ns.Members.OfType<BaseTypeDeclarationSyntax>()));
}
