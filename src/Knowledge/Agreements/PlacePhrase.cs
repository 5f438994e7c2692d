namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// A place a question names, as read from its words: the candidate names nearest the cue first
/// ("st lucie", then "lucie" for "the St Lucie County sheriff"), what kind of place the cue says,
/// and whether a cue said it at all (<paramref name="Cued"/>: "county", "condado de", "police";
/// a name merely written before a state is not cued, and only counts when the list has it).
/// </summary>
public sealed record PlacePhrase(IReadOnlyList<string> Names, PlaceKind Kind, bool Cued)
{
    /// <summary>The longest reading: what the reply calls a place the list does not show.</summary>
    public string Name => Names[0];
}
