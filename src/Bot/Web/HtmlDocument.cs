using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The frame the server-rendered pages share (outreach kit, paper, sources, topics, ask): the
/// language, a phone-friendly viewport, the title and inline styles. Nothing is loaded from
/// anywhere, not even a favicon.
/// </summary>
internal static class HtmlDocument
{
    /// <summary>Encodes for HTML but leaves letters of every script as they are: Spanish stays readable and small.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// For pages with no script at all: only their own inline styles, images from this site, and
    /// forms sent here. A <c>application/ld+json</c> block is data, never run, so it needs no script source.
    /// </summary>
    public const string NoScriptPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static string Render(string title, string css, string body, string language = "en", string head = "") => $$"""
        <!doctype html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <link rel="icon" href="data:,">
        <title>{{Encoder.Encode(title)}} · Know Your Rights</title>
        <style>
        {{css}}
        </style>
        {{head}}
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;

    /// <summary>A page's own policy; nosniff, the referrer and permissions policies come from <c>SecurityHeaders</c> on every response.</summary>
    public static void SetHeaders(HttpResponse response, string policy) => response.Headers.ContentSecurityPolicy = policy;
}
