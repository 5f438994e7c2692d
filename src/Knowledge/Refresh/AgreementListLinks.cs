using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// The spreadsheet links on ICE's 287(g) page: the .xlsx of participating agencies and the one of
/// pending agencies, told apart by their address or link text, and the date their names carry
/// ("participatingAgencies07182025am.xlsx", "…-2025-07-18.xlsx"), when they carry one.
/// </summary>
public sealed partial record AgreementListLinks(Uri Participating, Uri Pending)
{
    /// <summary>The links on the page, or null when it has not both.</summary>
    public static AgreementListLinks? Find(string html, Uri page)
    {
        var document = new HtmlParser().ParseDocument(html);
        var sheets = document.QuerySelectorAll("a[href]")
            .Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent))
            .Where(a => a.Href.Contains(".xls", StringComparison.OrdinalIgnoreCase))
            .Select(a => (Url: Uri.TryCreate(page, a.Href.Trim(), out var url) ? url : null, Label: (a.Href + " " + a.Text).ToLowerInvariant()))
            .Where(a => a.Url is not null && (a.Url.Scheme == Uri.UriSchemeHttp || a.Url.Scheme == Uri.UriSchemeHttps))
            .ToList();
        var pending = sheets.FirstOrDefault(a => a.Label.Contains("pending", StringComparison.Ordinal)).Url;
        var participating = sheets.FirstOrDefault(a => a.Label.Contains("participating", StringComparison.Ordinal) && !a.Label.Contains("pending", StringComparison.Ordinal)).Url;
        return participating is null || pending is null ? null : new AgreementListLinks(participating, pending);
    }

    /// <summary>The date a spreadsheet's file name carries, if any.</summary>
    public static DateOnly? DateIn(Uri url)
    {
        var name = Uri.UnescapeDataString(url.Segments[^1]);
        if (IsoDate().Match(name) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value.Replace('_', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return UsDate().Match(name) is { Success: true } us
            && DateOnly.TryParseExact(us.Value, "MMddyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var usDate) ? usDate : null;
    }

    [GeneratedRegex(@"20\d\d[-_]\d\d[-_]\d\d")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)[01]\d[0-3]\d20\d\d(?!\d)")]
    private static partial Regex UsDate();
}
