namespace KnowYourRights.Knowledge.Refresh;

/// <summary>How a new index version answered one validation question.</summary>
/// <param name="Got">The card id and citation ids the answer carried.</param>
public sealed record ValidationResult(string Question, string Expect, bool Passed, string Kind, IReadOnlyList<string> Got);
