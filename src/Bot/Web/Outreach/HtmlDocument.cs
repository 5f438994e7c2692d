using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// An outreach page: the frame the pages share (language, phone-friendly viewport, title, inline
/// style and script) and the Content-Security-Policy that lets exactly that style and script run
/// (by their SHA-256 hashes) and nothing else: no other script, no framing, forms only to us.
/// </summary>
internal sealed record HtmlDocument(string Html, string ContentSecurityPolicy)
{
    public static HtmlDocument Create(string title, string css, string body, string? script = null)
    {
        var style = "\n" + css + "\n";
        var code = script is null ? null : "\n" + script + "\n";
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{HtmlEncoder.Default.Encode(title)}} · Know Your Rights</title>
            <style>{{style}}</style>
            </head>
            <body>
            {{body}}
            {{(code is null ? string.Empty : $"<script>{code}</script>")}}
            </body>
            </html>
            """;
        var csp = $"default-src 'none'; style-src '{Hash(style)}'; img-src 'self'; " +
            $"script-src {(code is null ? "'none'" : $"'{Hash(code)}'")}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return new HtmlDocument(html, csp);
    }

    /// <summary>200 with the page and its policy.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult Result(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return TypedResults.Content(Html, "text/html; charset=utf-8");
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
