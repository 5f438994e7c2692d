namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// What an answer from ICE's 287(g) list rests on (the <c>local287g</c> object of <c>ask --json</c>
/// and <c>/api/answer</c>): the list's date, the matched agencies and their agreements.
/// </summary>
/// <param name="Outcome">listed, pending, notListed, ambiguous, state or askPlace (<see cref="LocalAgreementOutcomes"/>).</param>
/// <param name="ListAsOf">The date of ICE's list the answer comes from (ISO).</param>
/// <param name="ListUrl">ICE's 287(g) page, where the current list is.</param>
/// <param name="MayBeOutOfDate">True when the list is older than <c>Local287g:StaleAfter</c>.</param>
/// <param name="State">The state's postal code, when one is known.</param>
/// <param name="Place">The place as the reply names it ("Gaston County"), when one was named.</param>
public sealed record LocalAgreementFacts(
    string Outcome, string ListAsOf, string? ListUrl, bool MayBeOutOfDate, string? State, string? Place)
{
    /// <summary>Agencies with signed agreements that match the place (for a state: none; see <see cref="StateCounts"/>).</summary>
    public IReadOnlyList<MatchedAgency> Agencies { get; init; } = [];

    /// <summary>Agencies of the place on ICE's pending list.</summary>
    public IReadOnlyList<MatchedAgency> Pending { get; init; } = [];

    /// <summary>For an ambiguous name: the states whose places have it.</summary>
    public IReadOnlyList<string> States { get; init; } = [];

    /// <summary>For a state: agencies, agreements by model, and pending agencies.</summary>
    public StateAgreementCounts? StateCounts { get; init; }
}

/// <summary>One agency of ICE's list and its agreements.</summary>
public sealed record MatchedAgency(string Agency, string State, string County, string Type, IReadOnlyList<MatchedModel> Models);

/// <summary>One support type and the date it was signed (ISO; null when pending or undated).</summary>
public sealed record MatchedModel(string Model, string? Signed);

/// <summary>A state's count on ICE's list.</summary>
public sealed record StateAgreementCounts(int Agencies, int Agreements, IReadOnlyDictionary<string, int> ByModel, int PendingAgencies);

/// <summary>Values of <see cref="LocalAgreementFacts.Outcome"/>.</summary>
public static class LocalAgreementOutcomes
{
    public const string Listed = "listed";
    public const string Pending = "pending";
    public const string NotListed = "notListed";
    public const string Ambiguous = "ambiguous";
    public const string State = "state";
}
