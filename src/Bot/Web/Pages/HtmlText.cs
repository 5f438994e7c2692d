using System.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>Plain text as HTML: encoded, with its bare web addresses (footnotes, legal-help lists) made links.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();

    public static string WithLinks(string text)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in Url().Matches(text))
        {
            // A sentence's closing punctuation is not part of the address.
            var url = match.Value.TrimEnd('.', ',', ')', ';', ':');
            html.Append(h.Encode(text[at..match.Index])).Append($"<a href=\"{h.Encode(url)}\">{h.Encode(url)}</a>");
            at = match.Index + url.Length;
        }
        return html.Append(h.Encode(text[at..])).ToString();
    }
}
