using NetArchTest.Rules;
using ArchResult = NetArchTest.Rules.TestResult;

namespace Platform.ArchitectureTests;

internal static class ArchAssert
{
    /// <summary>
    /// Checks one rule over one selection. A selection that holds no type is a broken rule, not a pass: a namespace
    /// renamed or a module folder emptied would otherwise leave the wall standing in the test run and gone in the code.
    /// </summary>
    public static void Holds(string rule, PredicateList selection, Func<PredicateList, ConditionList> condition) =>
        Holds(rule, (selection, condition));

    /// <summary>The same over several selections (e.g. one per layer); every one of them must select something.</summary>
    public static void Holds(string rule, params IEnumerable<(PredicateList Selection, Func<PredicateList, ConditionList> Condition)> parts)
    {
        var results = new List<ArchResult>();
        var count = 0;
        foreach (var (selection, condition) in parts)
        {
            Assert.True(selection.GetTypes().Any(), $"{rule} The rule selects no type: its selection is broken (a namespace moved or was renamed?).");
            results.Add(condition(selection).GetResult());
            count++;
        }

        Assert.True(count > 0, $"{rule} The rule has no selection.");
        var failing = results.SelectMany(result => result.FailingTypeNames ?? []).ToList();
        Assert.True(failing.Count == 0, $"{rule} Violated by: {string.Join(", ", failing)}");
    }
}
