namespace KnowYourRights.Knowledge.Agreements;

/// <summary>What a question says about places: the states it names, the places (counties, cities, agencies) and whether it means the asker's own ("my county").</summary>
public sealed record PlaceQuestion(IReadOnlyList<UsState> States, IReadOnlyList<PlacePhrase> Places, bool OwnPlace, string Normalized)
{
    public bool NamesAPlace => States.Count > 0 || Places.Count > 0;
}
