namespace KnowYourRights.Knowledge.Cards;

/// <summary>One card's row of a reviewed sheet: its id and the editable fields (<see cref="CardReviewFields.Editable"/>) as written.</summary>
/// <param name="Line">The row's line in the file, for error messages.</param>
public sealed record CardReviewRow(string Id, IReadOnlyDictionary<string, string> Values, int Line);
