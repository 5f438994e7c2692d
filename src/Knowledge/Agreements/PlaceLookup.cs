namespace KnowYourRights.Knowledge.Agreements;

/// <summary>What ICE's list says about the place(s) a question names.</summary>
public abstract record PlaceLookup
{
    /// <summary>The list has the place (signed agreements, pending ones, or both), in one state.</summary>
    /// <param name="Places">The matching places of that state (a county, or a city and the county it is in, …).</param>
    public sealed record Listed(string State, IReadOnlyList<AgreementPlace> Places) : PlaceLookup
    {
        /// <summary>Every agency of the matched places, once.</summary>
        public IReadOnlyList<AgencyAgreement> Signed => Places.SelectMany(p => p.Signed).Distinct().ToList();

        public IReadOnlyList<AgencyAgreement> Pending => Places.SelectMany(p => p.Pending).Distinct().ToList();
    }

    /// <summary>The name is on the list in several states and the question gives none: ask which.</summary>
    public sealed record Ambiguous(string Name, string Display, PlaceKind Kind, IReadOnlyList<string> States) : PlaceLookup;

    /// <summary>The question names a place (with a cue: "X County", "policía de X") the list does not show (in its state, when one is given).</summary>
    public sealed record NotListed(string Name, PlaceKind Kind, string? State) : PlaceLookup;

    /// <summary>A state and no place in it.</summary>
    public sealed record StateOnly(string State) : PlaceLookup;
}
