using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// Reads a web page's main content with AngleSharp: navigation, scripts, styles, forms and page
/// chrome are dropped; headings, paragraphs, list items and table rows each become a block, so
/// the passage splitter sees the page's own paragraph structure.
/// </summary>
internal static class HtmlTextExtractor
{
    /// <summary>Never content: code, styling, navigation and page furniture.</summary>
    private const string Noise =
        "script, style, noscript, template, nav, aside, form, iframe, svg, canvas, button, select, dialog, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=complementary], [aria-hidden=true], [hidden]";

    /// <summary>Where a page's own text usually lives, most specific first.</summary>
    private static readonly string[] MainCandidates = ["main", "[role=main]", "article", "#content", "#main-content", ".content"];

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static string Extract(byte[] body, string? charset)
    {
        var parser = new HtmlParser();
        using var document = Decode(body, charset) is { } text ? parser.ParseDocument(text) : parser.ParseDocument(new MemoryStream(body));
        foreach (var element in document.QuerySelectorAll(Noise).ToList())
        {
            element.Remove();
        }
        // Site headers and footers are chrome; a header or footer inside the article is part of it.
        foreach (var element in document.QuerySelectorAll("header, footer").Where(e => e.Closest("main, article, [role=main]") is null).ToList())
        {
            element.Remove();
        }
        var root = MainCandidates.Select(document.QuerySelector).FirstOrDefault(e => e is not null && e.TextContent.Trim().Length > 0)
            ?? (INode?)document.Body
            ?? document.DocumentElement;
        var blocks = new BlockWriter();
        Walk(root, blocks);
        blocks.EndBlock();
        return TextBlocks.Join(blocks.Blocks);
    }

    /// <summary>Decodes with the charset the server named; null lets AngleSharp sniff (BOM, meta charset).</summary>
    private static string? Decode(byte[] body, string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }
        try
        {
            return Encoding.GetEncoding(charset.Trim('"')).GetString(body);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Walk(INode node, BlockWriter blocks)
    {
        switch (node)
        {
            case IText text:
                blocks.Inline(text.Data);
                break;
            case IElement element:
                var name = element.LocalName;
                if (name == "br")
                {
                    blocks.LineBreak();
                    return;
                }
                var block = BlockElements.Contains(name);
                if (block)
                {
                    blocks.EndBlock();
                }
                if (name == "li")
                {
                    blocks.Inline("- ");
                }
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, blocks);
                }
                if (name is "td" or "th")
                {
                    // Cells of a row stay on one line, told apart.
                    blocks.Inline(" ");
                }
                else if (block)
                {
                    blocks.EndBlock();
                }
                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child, blocks);
                }
                break;
        }
    }

    private sealed class BlockWriter
    {
        private readonly StringBuilder _current = new();

        public List<string> Blocks { get; } = [];

        public void Inline(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_current.Length > 0 && !char.IsWhiteSpace(_current[^1]))
                    {
                        _current.Append(' ');
                    }
                }
                else
                {
                    _current.Append(c);
                }
            }
        }

        public void LineBreak()
        {
            TrimEnd();
            if (_current.Length > 0)
            {
                _current.Append('\n');
            }
        }

        public void EndBlock()
        {
            var block = _current.ToString().Trim();
            _current.Clear();
            if (block.Length > 0)
            {
                Blocks.Add(block);
            }
        }

        private void TrimEnd()
        {
            while (_current.Length > 0 && _current[^1] == ' ')
            {
                _current.Length--;
            }
        }
    }
}
