using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// An outreach page (the kit, the flyer): the shared <see cref="HtmlDocument"/> frame plus at most
/// one small inline script, and the Content-Security-Policy that lets exactly that style and script
/// run (by their SHA-256 hashes) and nothing else: no other script, no framing, forms only to us.
/// </summary>
internal sealed record OutreachDocument(string Html, string ContentSecurityPolicy)
{
    public static OutreachDocument Create(string title, string css, string body, string? script = null, string language = "en")
    {
        // HtmlDocument puts the style on lines of its own; the hash must cover exactly that text.
        var style = "\n" + css + "\n";
        var code = script is null ? null : "\n" + script + "\n";
        var html = HtmlDocument.Render(title, css, code is null ? body : body + $"\n<script>{code}</script>", language);
        var csp = $"default-src 'none'; style-src '{Hash(style)}'; img-src 'self' data:; " +
            $"script-src {(code is null ? "'none'" : $"'{Hash(code)}'")}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return new OutreachDocument(html, csp);
    }

    /// <summary>200 with the page, its policy and the privacy headers every page of ours carries.</summary>
    public ContentHttpResult Result(HttpResponse response)
    {
        HtmlDocument.SetHeaders(response, ContentSecurityPolicy);
        return TypedResults.Content(Html, "text/html; charset=utf-8");
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
