using System.Text.Json;
using System.Text.Json.Nodes;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// schema.org <c>FAQPage</c> markup for a topic page (one <c>Question</c> with its accepted
/// <c>Answer</c>), so search engines can show the plain answer. The JSON is written with the
/// default encoder, which escapes &lt; &gt; &amp;, so no text can end the script element.
/// </summary>
internal static class FaqJsonLd
{
    public static string Render(string question, Answer answer, string url)
    {
        var faq = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["inLanguage"] = answer.Language,
            ["url"] = url,
            ["mainEntity"] = new JsonArray(new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = question,
                ["acceptedAnswer"] = new JsonObject
                {
                    ["@type"] = "Answer",
                    ["text"] = CitationMarkers.Strip(answer.Text),
                    ["dateModified"] = answer.AsOf,
                },
            }),
        };
        return $"<script type=\"application/ld+json\">{faq.ToJsonString(new JsonSerializerOptions())}</script>";
    }
}
