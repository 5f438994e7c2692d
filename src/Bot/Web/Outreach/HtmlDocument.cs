using System.Text.Encodings.Web;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>The frame the outreach pages share: language, phone-friendly viewport, title and inline styles.</summary>
internal static class HtmlDocument
{
    public static string Render(string title, string css, string body) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{HtmlEncoder.Default.Encode(title)}} · Know Your Rights</title>
        <style>
        {{css}}
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;
}
