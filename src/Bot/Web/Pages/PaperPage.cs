using System.Text;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/paper</c>: the policy paper as one plain page, from the parsed corpus. Every paragraph
/// and list item carries its passage id as its anchor (<c>#paper-012</c>), which is where every
/// citation of the paper links; the target is highlighted with CSS <c>:target</c> alone. Footnote
/// markers link to the footnotes (<c>#fn-3</c>), which link to their sources and back.
/// </summary>
internal static class PaperPage
{
    private const string Css = "ol.notes{font-size:.9rem;word-break:break-word}sup a{padding:0 .15em}";

    public static string Render(Paper paper, SourceManifest manifest, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var main = new StringBuilder();
        main.Append("<div lang=\"en\"><h1>").Append(h.Encode(paper.Title)).Append("</h1>");
        if (manifest.Paper.Date is { } date)
        {
            main.Append("<p class=\"meta\" lang=\"").Append(t.Language).Append("\">").Append(h.Encode(t.PaperWritten(AsOfDate.Format(date, t.Language)))).Append("</p>");
        }
        AppendBody(main, paper);
        AppendFootnotes(main, paper, manifest, t);
        main.Append("</div>");
        return PageFrame.Render(t, paper.Title, "/paper", main.ToString(), Css);
    }

    /// <summary>
    /// Headings as the heading paths change; a numbered recommendation's first passage is its list
    /// item's text and the passages after it under the same number are its points.
    /// </summary>
    private static void AppendBody(StringBuilder main, Paper paper)
    {
        var h = HtmlDocument.Encoder;
        List<string> open = [];
        string? item = null;
        bool inList = false, inPoints = false;
        foreach (var passage in paper.Passages)
        {
            var path = passage.Heading.Split(PaperParser.HeadingSeparator);
            var number = path[^1].All(char.IsAsciiDigit) ? path[^1] : null;
            var headings = (number is null ? path : path[..^1]).Where(p => p != paper.Title).ToList();
            if (!headings.SequenceEqual(open))
            {
                EndItem(main, ref item, ref inPoints);
                EndList(main, ref inList);
                var same = headings.Zip(open).TakeWhile(p => p.First == p.Second).Count();
                for (var level = same; level < headings.Count; level++)
                {
                    var tag = "h" + Math.Min(level + 2, 4);
                    main.Append($"<{tag}>{h.Encode(headings[level])}</{tag}>");
                }
                open = headings;
            }
            if (number != item)
            {
                EndItem(main, ref item, ref inPoints);
                if (number is null)
                {
                    EndList(main, ref inList);
                }
                else
                {
                    main.Append(inList ? string.Empty : "<ol>").Append($"<li value=\"{number}\">").Append(Paragraph("p", passage));
                    (item, inList) = (number, true);
                    continue;
                }
            }
            if (item is null)
            {
                main.Append(Paragraph("p", passage));
                continue;
            }
            main.Append(inPoints ? string.Empty : "<ul>").Append(Paragraph("li", passage));
            inPoints = true;
        }
        EndItem(main, ref item, ref inPoints);
        EndList(main, ref inList);
    }

    private static void EndItem(StringBuilder main, ref string? item, ref bool inPoints)
    {
        if (item is not null)
        {
            main.Append(inPoints ? "</ul></li>" : "</li>");
        }
        (item, inPoints) = (null, false);
    }

    private static void EndList(StringBuilder main, ref bool inList)
    {
        if (inList)
        {
            main.Append("</ol>");
        }
        inList = false;
    }

    /// <summary>The passage's text under its id, with its footnote markers as links to the footnotes.</summary>
    private static string Paragraph(string tag, Passage passage)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder($"<{tag} id=\"{passage.Id}\">");
        var text = passage.MarkedText;
        var at = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Superscripts.IsSuperscriptDigit(text[i]))
            {
                continue;
            }
            var number = Superscripts.ReadNumber(text, i, out var length);
            html.Append(h.Encode(text[at..i])).Append($"<sup><a href=\"#fn-{number}\">{number}</a></sup>");
            i += length - 1;
            at = i + 1;
        }
        return html.Append(h.Encode(text[at..])).Append("</").Append(tag).Append('>').ToString();
    }

    private static void AppendFootnotes(StringBuilder main, Paper paper, SourceManifest manifest, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        main.Append("<h2 id=\"notes\" lang=\"").Append(t.Language).Append("\">").Append(h.Encode(t.Footnotes)).Append("</h2><ol class=\"notes\">");
        foreach (var footnote in paper.Footnotes.Values.OrderBy(f => f.Number))
        {
            main.Append($"<li id=\"fn-{footnote.Number}\" value=\"{footnote.Number}\">").Append(HtmlText.WithLinks(footnote.Text));
            // The footnote's own addresses are already links; add the manifest's others and its archived copies.
            var links = manifest.ForFootnote(footnote.Number)
                .Select(s => SourceLinks(s, t, withAddress: s.Url is not null && !footnote.Text.Contains(s.Url, StringComparison.Ordinal)))
                .Where(l => l.Length > 0)
                .ToList();
            if (links.Count > 0)
            {
                main.Append(" <span lang=\"").Append(t.Language).Append("\">").Append(h.Encode(t.SourceLinks)).Append("</span> ").AppendJoin("; ", links);
            }
            if (paper.Passages.FirstOrDefault(p => p.Footnotes.Contains(footnote.Number)) is { } citing)
            {
                main.Append($" <a href=\"#{citing.Id}\" lang=\"{t.Language}\">{h.Encode(t.BackToText)}</a>");
            }
            main.Append("</li>");
        }
        main.Append("</ol>");
    }

    /// <summary>A source's title linked to its address (unless the footnote gives it already), and its archived copy; empty when there is neither.</summary>
    private static string SourceLinks(Source source, PageTexts t, bool withAddress)
    {
        var h = HtmlDocument.Encoder;
        var html = withAddress ? $"<a href=\"{h.Encode(source.Url!)}\">{h.Encode(source.Title)}</a>" : string.Empty;
        return source.ArchiveUrl is null ? html : html + $"{(html.Length > 0 ? " " : string.Empty)}(<a href=\"{h.Encode(source.ArchiveUrl)}\" lang=\"{t.Language}\">{h.Encode(t.Archived)}</a>)";
    }
}
