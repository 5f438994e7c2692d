namespace KnowYourRights.Knowledge.Search;

/// <summary>
/// One idea in a question: the analyzed terms that stand for it (a word, its synonyms, and a
/// spelling correction if the word is not in the index), weighted by how rare it is.
/// </summary>
/// <param name="Surface">The question's own words for it (for logs and tests).</param>
/// <param name="Terms">Terms that count as this concept being present.</param>
/// <param name="Weight">Inverse document frequency of its most common known term; high when unknown.</param>
/// <param name="Known">False when no term of the concept occurs in the index at all.</param>
internal sealed record Concept(string Surface, IReadOnlySet<string> Terms, double Weight, bool Known);
