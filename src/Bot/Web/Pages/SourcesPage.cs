using System.Globalization;
using System.Text;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Refresh;
using KnowYourRights.Knowledge.Sources;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/sources</c>: every source in the live index's manifest: title, publisher, date, address,
/// archived copy, the footnotes that cite it (linked to the paper) and, once a refresh has run,
/// when its text was last fetched and whether that text is in the index.
/// </summary>
internal static class SourcesPage
{
    private const string Css = "ol.src>li{margin-bottom:1rem;word-break:break-word}";

    /// <param name="refresh">The live version's refresh report; null when it was built from the seeds alone.</param>
    public static string Render(SourceManifest manifest, RefreshReport? refresh, SourceCache cache, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var main = new StringBuilder($"<h1>{h.Encode(t.SourcesTitle)}</h1><p>{h.Encode(t.SourcesIntro)}</p>");
        if (refresh is null)
        {
            main.Append($"<p class=\"meta\">{h.Encode(t.NotFetchedNote)}</p>");
        }
        main.Append("<ol class=\"src\">");
        foreach (var source in manifest.Sources)
        {
            main.Append($"<li id=\"{h.Encode(source.Id)}\"><strong lang=\"en\">{h.Encode(source.CitationTitle)}</strong>");
            var details = new[] { source.Publisher, source.Date is null ? null : AsOfDate.Format(source.Date, t.Language) }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
            if (details.Count > 0)
            {
                main.Append("<br>").Append(h.Encode(string.Join(", ", details)));
            }
            if (source.Url is not null || source.ArchiveUrl is not null)
            {
                main.Append("<br>").Append(h.Encode(t.Link)).Append(": ");
                main.Append(source.Url is null ? string.Empty : $"<a href=\"{h.Encode(source.Url)}\">{h.Encode(source.Url)}</a> ");
                main.Append(source.ArchiveUrl is null ? string.Empty : $"(<a href=\"{h.Encode(source.ArchiveUrl)}\">{h.Encode(t.Archived)}</a>)");
            }
            if (source.Footnotes.Count > 0)
            {
                main.Append("<br>").Append(h.Encode(t.CitedIn)).Append(": ")
                    .AppendJoin(", ", source.Footnotes.Select(n => $"<a href=\"/paper{t.Query}#fn-{n}\">{n}</a>"));
            }
            if (refresh is not null && source.Url is not null)
            {
                var fetched = cache.ReadMeta(source.Id)?.FetchedAt;
                var indexed = refresh.Sources.FirstOrDefault(s => s.SourceId == source.Id)?.Passages > 0;
                main.Append("<br>").Append(h.Encode(t.LastFetched)).Append(": ")
                    .Append(h.Encode(fetched is { } at ? AsOfDate.Format(at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Language) : t.NeverFetched))
                    .Append(". ").Append(h.Encode(t.InIndex)).Append(": ").Append(h.Encode(indexed ? t.Yes : t.No)).Append('.');
            }
            main.Append("</li>");
        }
        main.Append("</ol>");
        return PageFrame.Render(t, t.SourcesTitle, "/sources", main.ToString(), Css);
    }
}
