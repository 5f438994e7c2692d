namespace KnowYourRights.TestSupport.Architecture;

/// <summary>
/// One rung of a project's ladder: the namespaces on it (each with what is inside it), and
/// whether they may use one another (Corpus, Cards and Sources may; two channels may not).
/// </summary>
public sealed record Layer(string Name, IReadOnlyList<string> Namespaces, bool NeighboursMeet = true)
{
    public bool Holds(string space) => Namespaces.Any(n => SourceTree.IsIn(space, n));

    /// <summary>The one of this layer's namespaces that holds <paramref name="space"/>.</summary>
    public string Home(string space) => Namespaces.First(n => SourceTree.IsIn(space, n));
}
