using Mono.Cecil;
using NetArchTest.Rules;

namespace Platform.ArchitectureTests;

/// <summary>Selects every type but one, by full name (a name alone would exempt any type called, say, Program).</summary>
internal sealed class IsNot(Type excluded) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => type.FullName != excluded.FullName;
}
