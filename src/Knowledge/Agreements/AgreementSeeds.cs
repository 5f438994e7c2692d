using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// The list the bot starts with: ICE's two spreadsheets as published, in <c>seeds/287g/</c>, named
/// with the date they were downloaded (<c>participatingAgencies-2025-07-18.xlsx</c>,
/// <c>pendingAgencies-2025-07-18.xlsx</c>). The newest date with both files is the list.
/// </summary>
public static partial class AgreementSeeds
{
    public const string Folder = "287g";

    /// <summary>The id of ICE's 287(g) page in <c>sources.json</c> ("Delegation of Immigration Authority Section 287(g)"): where the list is published and what answers from it cite.</summary>
    public const string SourceId = "ice-287g-delegation";

    /// <summary>ICE's 287(g) page: the default <see cref="AgreementList.PageUrl"/> of a seeded list.</summary>
    public const string DefaultPageUrl = "https://www.ice.gov/287g";

    /// <summary>Loads the newest seeded list; null when the seeds folder has none.</summary>
    public static AgreementList? Load(string seedsFolder, string? pageUrl = null)
    {
        var folder = Path.Combine(seedsFolder, Folder);
        if (!Directory.Exists(folder))
        {
            return null;
        }
        var dated = Directory.GetFiles(folder, "*.xlsx")
            .Select(path => (Path: path, Match: SeedName().Match(Path.GetFileName(path))))
            .Where(f => f.Match.Success)
            .GroupBy(f => f.Match.Groups["date"].Value)
            .Select(g => (Date: g.Key, Participating: g.FirstOrDefault(f => f.Match.Groups["kind"].Value == "participating").Path, Pending: g.FirstOrDefault(f => f.Match.Groups["kind"].Value == "pending").Path))
            .Where(g => g.Participating is not null && g.Pending is not null)
            .MaxBy(g => g.Date, StringComparer.Ordinal);
        if (dated.Date is null)
        {
            return null;
        }
        using var participating = File.OpenRead(dated.Participating!);
        using var pending = File.OpenRead(dated.Pending!);
        return new AgreementList
        {
            AsOf = DateOnly.ParseExact(dated.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            PageUrl = pageUrl ?? DefaultPageUrl,
            From = ["seeds"],
            Participating = AgreementSpreadsheet.Read(participating, signed: true),
            Pending = AgreementSpreadsheet.Read(pending, signed: false),
        };
    }

    [GeneratedRegex(@"^(?<kind>participating|pending)Agencies-(?<date>\d{4}-\d{2}-\d{2})\.xlsx$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeedName();
}
