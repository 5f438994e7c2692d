using System.Text;
using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Fetches ICE's current 287(g) list: its 287(g) page, the two spreadsheet links on it, the
/// spreadsheets themselves (with the source fetcher's timeouts, retries and size cap), read and
/// validated against the last good list. Anything that fails keeps the last good list, and says why.
/// </summary>
public sealed class AgreementListFetcher(SourceFetcher fetcher)
{
    private const string SpreadsheetMedia = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The list the new index version holds, and what was done to get it.</summary>
    /// <param name="page">ICE's 287(g) page (the "Delegation of Immigration Authority Section 287(g)" source's URL).</param>
    /// <param name="lastGood">The live version's list (or the seeded one before any).</param>
    public async Task<(AgreementList List, AgreementListRefresh Outcome)> RefreshAsync(Uri? page, AgreementList lastGood, bool offline, CancellationToken cancel)
    {
        if (offline || page is null)
        {
            return (lastGood, Outcome(lastGood, offline ? AgreementListRefresh.Offline : AgreementListRefresh.Kept, offline ? null : "no 287(g) page in the sources"));
        }
        try
        {
            var html = await fetcher.DownloadAsync(page, null, cancel).ConfigureAwait(false);
            var links = AgreementListLinks.Find(Encoding.UTF8.GetString(html.Body), page)
                ?? throw new AgreementListException("the 287(g) page has no links to both spreadsheets (participating and pending)");
            var participating = await fetcher.DownloadAsync(links.Participating, null, cancel, IsSpreadsheet).ConfigureAwait(false);
            var pending = await fetcher.DownloadAsync(links.Pending, null, cancel, IsSpreadsheet).ConfigureAwait(false);
            var list = new AgreementList
            {
                AsOf = AgreementListLinks.DateIn(links.Participating) ?? LastModified(participating) ?? DateOnly.FromDateTime(DateTime.UtcNow),
                PageUrl = page.ToString(),
                From = [links.Participating.ToString(), links.Pending.ToString()],
                Participating = Read(participating, signed: true, "participating"),
                Pending = Read(pending, signed: false, "pending"),
            };
            var problems = AgreementListValidator.Problems(list, lastGood.Participating.Count > 0 ? lastGood : null);
            if (problems.Count > 0)
            {
                return (lastGood, Outcome(lastGood, AgreementListRefresh.Kept, "the new list was refused: " + string.Join("; ", problems)));
            }
            return (list, Outcome(list, AgreementListRefresh.Fetched, null) with { From = list.From });
        }
        catch (Exception e) when (e is SourceFetchException or AgreementListException or HttpRequestException or IOException)
        {
            return (lastGood, Outcome(lastGood, AgreementListRefresh.Kept, e.Message));
        }
    }

    private static bool IsSpreadsheet(string media) => media == SpreadsheetMedia || media == "application/vnd.ms-excel";

    private static IReadOnlyList<AgencyAgreement> Read(Download download, bool signed, string name)
    {
        try
        {
            using var body = new MemoryStream(download.Body, writable: false);
            return AgreementSpreadsheet.Read(body, signed);
        }
        catch (AgreementListException e)
        {
            throw new AgreementListException($"the {name} spreadsheet: {e.Message}", e);
        }
    }

    private static DateOnly? LastModified(Download download) =>
        download.LastModified is { } header && DateTimeOffset.TryParse(header, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.UtcDateTime) : null;

    private static AgreementListRefresh Outcome(AgreementList list, string status, string? why) =>
        new(status, why, list.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), list.Participating.Count, list.Pending.Count);
}
