namespace KnowYourRights.TestSupport.Architecture;

/// <summary>
/// Checks that code only reaches down a ladder of layers (listed bottom first): a file may name
/// its own namespace and anything on a lower layer, its neighbours on the same layer only where
/// that layer allows it, and nothing above. Namespaces on no layer are not checked.
/// </summary>
public static class LayerDirection
{
    /// <summary>One line per reference that points up or sideways, e.g. "Indexing/KnowledgeSnapshot.cs: Indexing uses Search".</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyList<Layer> bottomUp, IEnumerable<SourceFile> files)
    {
        var violations = new List<string>();
        foreach (var file in files.Where(f => f.Namespace is not null))
        {
            var own = LevelOf(bottomUp, file.Namespace!);
            if (own < 0)
            {
                continue;
            }
            foreach (var reference in file.References.Order(StringComparer.Ordinal))
            {
                var level = LevelOf(bottomUp, reference);
                var allowed = level < 0
                    || level < own
                    || (level == own && (bottomUp[own].NeighboursMeet || bottomUp[own].Home(reference) == bottomUp[own].Home(file.Namespace!)));
                if (!allowed)
                {
                    violations.Add($"{file.Path}: {file.Namespace} ({bottomUp[own].Name}) uses {reference} ({bottomUp[level].Name})");
                }
            }
        }
        return violations;
    }

    /// <summary>The layers none of whose namespaces any file declares: a rename that would leave a rule checking nothing.</summary>
    public static IReadOnlyList<string> Unused(IReadOnlyList<Layer> bottomUp, IEnumerable<SourceFile> files)
    {
        var declared = files.Where(f => f.Namespace is not null).Select(f => f.Namespace!).ToList();
        return bottomUp.SelectMany(l => l.Namespaces).Where(n => !declared.Any(d => SourceTree.IsIn(d, n))).ToList();
    }

    /// <summary>
    /// <see cref="Violations"/> over made-up files, beside a declaration of every layer's
    /// namespace so names resolve as in the real tree: how a test shows the check failing.
    /// </summary>
    public static IReadOnlyList<string> ViolationsIn(IReadOnlyList<Layer> bottomUp, params (string Path, string Text)[] files)
    {
        var layers = bottomUp.SelectMany(l => l.Namespaces).Select(n => ($"{n}.cs", $"namespace {n};"));
        return Violations(bottomUp, SourceTree.Parse(files.Concat(layers)));
    }

    private static int LevelOf(IReadOnlyList<Layer> bottomUp, string space)
    {
        for (var i = 0; i < bottomUp.Count; i++)
        {
            if (bottomUp[i].Holds(space))
            {
                return i;
            }
        }
        return -1;
    }
}
