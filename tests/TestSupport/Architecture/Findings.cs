namespace KnowYourRights.TestSupport.Architecture;

/// <summary>Asserts for the architecture checks, which report findings as lines.</summary>
public static class Findings
{
    /// <summary>Fails listing every finding, not just the first few as <c>Assert.Empty</c> would.</summary>
    public static void AssertNone(IReadOnlyList<string> findings) =>
        Assert.True(findings.Count == 0, $"{findings.Count} found:\n" + string.Join("\n", findings));
}
