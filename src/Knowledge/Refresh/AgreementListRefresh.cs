namespace KnowYourRights.Knowledge.Refresh;

/// <summary>What a refresh did with ICE's 287(g) list (<see cref="RefreshReport.Agreements"/>).</summary>
/// <param name="Status">fetched (a new list, validated, goes live with the index), kept (the last good list stays: see <paramref name="Why"/>) or offline.</param>
/// <param name="AsOf">The date of the list the new version holds (ISO).</param>
public sealed record AgreementListRefresh(string Status, string? Why, string AsOf, int Participating, int Pending)
{
    public const string Fetched = "fetched";
    public const string Kept = "kept";
    public const string Offline = "offline";

    /// <summary>The spreadsheets' addresses, when fetched.</summary>
    public IReadOnlyList<string> From { get; init; } = [];
}
