using System.Text;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary><c>/topics</c>: every answer card's question, by topic, each a link to its page.</summary>
internal static class TopicsPage
{
    public static string Render(AnswerCardCatalog cards, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var main = new StringBuilder($"<h1>{h.Encode(t.TopicsTitle)}</h1><p>{h.Encode(t.TopicsIntro)}</p><ul>");
        foreach (var card in cards.Cards.OrderBy(c => c.Topic, StringComparer.OrdinalIgnoreCase))
        {
            var choice = AnswerChoice.For(card, t.Language);
            main.Append($"<li><a href=\"/topics/{Uri.EscapeDataString(card.Id)}{t.Query}\">{h.Encode(choice.Question)}</a></li>");
        }
        main.Append("</ul>");
        // ICE's list of 287(g) agreements by state: not a card, a page of its own.
        main.Append($"<p><a href=\"{LocalAgreementsPage.Path}{t.Query}\">{h.Encode(LocalAgreementsTexts.For(t).Title)}</a></p>");
        main.Append(AskForm.Render(t, t.QuestionLabel));
        return PageFrame.Render(t, t.TopicsTitle, "/topics", main.ToString());
    }
}
