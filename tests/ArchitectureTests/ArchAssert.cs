using ArchResult = NetArchTest.Rules.TestResult;

namespace Platform.ArchitectureTests;

internal static class ArchAssert
{
    /// <summary>Fails naming the offending types. <c>FailingTypeNames</c> is null when a rule held.</summary>
    public static void Holds(string rule, params IEnumerable<ArchResult> results)
    {
        var failing = results.SelectMany(result => result.FailingTypeNames ?? []).ToList();
        Assert.True(failing.Count == 0, $"{rule} Violated by: {string.Join(", ", failing)}");
    }
}
