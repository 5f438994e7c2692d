using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// What every simple page shares: the header with the site menu and the other language, the
/// footer with the privacy line and the not-legal-advice notice, and one small stylesheet (print
/// included). No script, no web fonts, nothing from another site: the pages must work on an old
/// phone with JavaScript off and little data.
/// </summary>
internal static class PageFrame
{
    private const string Css = """
        body{font:18px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff;margin:0}
        .wrap{max-width:44rem;margin:0 auto;padding:0 1rem}
        header{background:#0b3d62;color:#fff;padding:.5rem 0}
        header a{color:#fff}
        .site{font-weight:700;font-size:1.2rem;text-decoration:none}
        nav ul{list-style:none;margin:.3rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
        main{padding:1rem 0 2rem}
        h1{font-size:1.6rem;line-height:1.25}
        h2{font-size:1.25rem;margin-top:1.6rem}
        a{color:#0b4f94}
        a:focus,input:focus,button:focus{outline:3px solid #b35c00;outline-offset:2px}
        input[type=text]{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #555;border-radius:6px}
        button{font:inherit;background:#0b4f94;color:#fff;border:0;border-radius:6px;padding:.5rem 1.2rem;margin-top:.5rem}
        blockquote{margin:1rem 0;padding:.2rem 1rem;border-left:4px solid #0b3d62;background:#f3f5f8}
        .meta,.small{color:#3d4752;font-size:.95rem}
        .warn{background:#fff4e5;border-left:4px solid #b35c00;padding:.5rem}
        footer{border-top:1px solid #cfd6de;color:#3d4752;font-size:.95rem;padding:1rem 0}
        :target{background:#fff3bf;outline:3px solid #b35c00;outline-offset:4px;scroll-margin-top:1rem}
        main,footer{overflow-wrap:anywhere}
        .print-only,.print-url{display:none}
        @media print{header,nav,footer form,.noprint{display:none}body{font-size:12pt}a{color:#000;text-decoration:none}.print-only{display:block}.print-url{display:inline;font-size:9pt;word-break:break-all}.print-contact{border-top:1px solid #000;margin-top:1rem;padding-top:.5rem}.print-contact img{width:2.5cm;height:2.5cm}}
        """;

    /// <param name="path">This page's path and query without the language (e.g. <c>/topics/dmv</c>), for the other-language link.</param>
    /// <param name="printFoot">HTML printed once at the foot of the page (how to reach the service), hidden on screen.</param>
    public static string Render(PageTexts t, string title, string path, string main, string css = "", string head = "", string printFoot = "")
    {
        var h = HtmlDocument.Encoder;
        // English is the default: its link carries no language at all.
        var other = t.OtherLanguageCode == "en" ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=es";
        var body = $"""
            <header><div class="wrap">
            <a class="site" href="/ask{t.Query}">{h.Encode(t.SiteName)}</a>
            <nav aria-label="{h.Encode(t.Navigation)}"><ul>
            <li><a href="/ask{t.Query}">{h.Encode(t.AskNav)}</a></li>
            <li><a href="/topics{t.Query}">{h.Encode(t.TopicsNav)}</a></li>
            <li><a href="/paper{t.Query}">{h.Encode(t.PaperNav)}</a></li>
            <li><a href="/sources{t.Query}">{h.Encode(t.SourcesNav)}</a></li>
            <li><a href="/">{h.Encode(t.ChatNav)}</a></li>
            <li><a href="{h.Encode(other)}" lang="{t.OtherLanguageCode}" hreflang="{t.OtherLanguageCode}">{h.Encode(t.OtherLanguage)}</a></li>
            </ul></nav>
            </div></header>
            <main class="wrap">
            {main}
            </main>
            <footer><div class="wrap">
            <p><strong>{h.Encode(t.Privacy)}</strong></p>
            <p>{h.Encode(ReplyTexts.Notice(t.Language))}</p>
            <p class="noprint"><a href="/outreach">{h.Encode(t.OutreachNav)}</a></p>
            {printFoot}
            </div></footer>
            """;
        return HtmlDocument.Render(title, Css + css, body, t.Language, head);
    }
}
