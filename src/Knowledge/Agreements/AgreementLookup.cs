namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// Finds what ICE's list says about the places a question names: an agency named in full first,
/// then each place phrase (counties and cities; exact spellings before typos), kept to the state
/// the question (or the conversation) gives. A name the list has in several states with no state
/// given is ambiguous; a cued name the list does not have is "not listed"; a state alone is a state.
/// </summary>
public static class AgreementLookup
{
    /// <param name="state">The state the conversation gave earlier, used when the question gives none.</param>
    public static PlaceLookup? Find(PlaceQuestion question, AgreementList list, string? state = null)
    {
        var states = question.States.Select(s => s.Code).ToList();
        if (states.Count == 0 && state is not null)
        {
            states.Add(state);
        }

        var agencies = list.Places.AgenciesIn(question.Normalized);
        if (agencies.Count > 0)
        {
            return Resolve(agencies, states, agencies[0].Name, agencies[0].Display, PlaceKind.Agency);
        }
        PlacePhrase? unmatched = null;
        foreach (var phrase in question.Places.OrderByDescending(p => p.Cued).ThenByDescending(p => p.Kind != PlaceKind.Any))
        {
            foreach (var name in phrase.Names)
            {
                var found = list.Places.Find(name, phrase.Kind == PlaceKind.Any ? PlaceKind.Any : phrase.Kind)
                    .Where(p => p.Kind != PlaceKind.Agency).ToList();
                if (phrase.Kind == PlaceKind.Any && found.Any(p => p.Kind == PlaceKind.County))
                {
                    // "Gaston sheriff": the county, not a town of the same name.
                    found = found.Where(p => p.Kind == PlaceKind.County).ToList();
                }
                if (found.Count > 0)
                {
                    var display = found[0].Kind == PlaceKind.County ? found[0].Display : found[0].Display;
                    return Resolve(found, states, name, display, phrase.Kind);
                }
            }
            if (phrase.Cued)
            {
                unmatched ??= phrase;
            }
        }
        if (unmatched is not null)
        {
            return new PlaceLookup.NotListed(unmatched.Name, unmatched.Kind, states.FirstOrDefault());
        }
        // A state the conversation gave is no question about that state.
        return question.States.Count == 1 ? new PlaceLookup.StateOnly(question.States[0].Code) : null;
    }

    /// <summary>A bare name answering "which county?" ("Durham", "wake"), in the conversation's state if it gave one.</summary>
    public static PlaceLookup? FindBare(string normalized, AgreementList list, string? state)
    {
        var names = PlaceFinder.BareName(normalized);
        foreach (var name in names)
        {
            var found = list.Places.Find(name, PlaceKind.Any).Where(p => p.Kind != PlaceKind.Agency).ToList();
            if (found.Any(p => p.Kind == PlaceKind.County))
            {
                found = found.Where(p => p.Kind == PlaceKind.County).ToList();
            }
            if (found.Count > 0)
            {
                return Resolve(found, state is null ? [] : [state], name, found[0].Display, PlaceKind.Any);
            }
        }
        return names.Count > 0 ? new PlaceLookup.NotListed(names[0], PlaceKind.Any, state) : null;
    }

    private static PlaceLookup Resolve(IReadOnlyList<AgreementPlace> found, IReadOnlyList<string> states, string name, string display, PlaceKind kind)
    {
        if (states.Count > 0)
        {
            var inState = found.Where(p => states.Contains(p.State)).ToList();
            return inState.Count > 0
                ? new PlaceLookup.Listed(inState[0].State, inState.Where(p => p.State == inState[0].State).ToList())
                : new PlaceLookup.NotListed(name, kind, states[0]);
        }
        var byState = found.GroupBy(p => p.State).ToList();
        return byState.Count == 1
            ? new PlaceLookup.Listed(byState[0].Key, byState[0].ToList())
            : new PlaceLookup.Ambiguous(name, display, kind, byState.Select(g => g.Key).Order(StringComparer.Ordinal).ToList());
    }
}
