namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// Whether a freshly read list is believable before it replaces the last good one: enough rows,
/// a count within a sane range of the last good list's, and about as many states. (The
/// spreadsheet reader has already checked the columns, each state and each support type.)
/// </summary>
public static class AgreementListValidator
{
    /// <summary>ICE's list held 151 agreements at the end of 2020 and far more since: fewer rows than this is a broken download.</summary>
    public const int MinParticipatingRows = 50;

    /// <summary>The new list may shrink to this share of the last good one, at most…</summary>
    public const double MinShareOfLast = 0.5;

    /// <summary>…and grow to this multiple of it.</summary>
    public const double MaxMultipleOfLast = 3.0;

    /// <summary>Why <paramref name="candidate"/> must not replace <paramref name="lastGood"/>; empty when it may.</summary>
    public static IReadOnlyList<string> Problems(AgreementList candidate, AgreementList? lastGood)
    {
        var problems = new List<string>();
        var rows = candidate.Participating.Count;
        if (rows < MinParticipatingRows)
        {
            problems.Add($"only {rows} participating rows (at least {MinParticipatingRows} expected)");
        }
        if (lastGood is not null)
        {
            var last = lastGood.Participating.Count;
            if (rows < last * MinShareOfLast || rows > last * MaxMultipleOfLast)
            {
                problems.Add($"{rows} participating rows, against {last} in the last good list (as of {lastGood.AsOf:yyyy-MM-dd}): outside {MinShareOfLast:0%}–{MaxMultipleOfLast:0}×");
            }
            var lastPending = lastGood.Pending.Count;
            if (candidate.Pending.Count > Math.Max(MinParticipatingRows, lastPending * MaxMultipleOfLast))
            {
                problems.Add($"{candidate.Pending.Count} pending rows, against {lastPending} in the last good list");
            }
            var states = candidate.Participating.Select(a => a.State).Distinct().Count();
            var lastStates = lastGood.Participating.Select(a => a.State).Distinct().Count();
            if (states < lastStates * MinShareOfLast)
            {
                problems.Add($"agreements in {states} states, against {lastStates} in the last good list");
            }
        }
        if (candidate.AsOf > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)))
        {
            problems.Add($"dated {candidate.AsOf:yyyy-MM-dd}, in the future");
        }
        return problems;
    }
}
