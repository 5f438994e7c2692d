using System.Text;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Bot.Web.Pages;

/// <summary>
/// <c>/topics</c>: every answer card's question, grouped under the topic menu's subjects (see
/// <see cref="TopicGroups"/>), the most-asked first, each a link to its page.
/// </summary>
internal static class TopicsPage
{
    public static string Render(AnswerCardCatalog cards, IReadOnlyList<string> menu, IReadOnlyDictionary<string, long> asked, PageTexts t)
    {
        var h = HtmlDocument.Encoder;
        var main = new StringBuilder($"<h1>{h.Encode(t.TopicsTitle)}</h1><p>{h.Encode(t.TopicsIntro)}</p>");
        foreach (var group in TopicGroups.Group(cards, menu, asked))
        {
            main.Append("<h2>").Append(h.Encode(Heading(group.Subject, t))).Append("</h2><ul>");
            foreach (var card in group.Cards)
            {
                var choice = AnswerChoice.For(card, t.Language);
                main.Append($"<li><a href=\"/topics/{Uri.EscapeDataString(card.Id)}{t.Query}\">{h.Encode(choice.Question)}</a></li>");
            }
            main.Append("</ul>");
        }
        // ICE's list of 287(g) agreements by state: not a card, a page of its own.
        main.Append($"<p><a href=\"{LocalAgreementsPage.Path}{t.Query}\">{h.Encode(LocalAgreementsTexts.For(t).Title)}</a></p>");
        main.Append(AskForm.Render(t, t.QuestionLabel));
        return PageFrame.Render(t, t.TopicsTitle, "/topics", main.ToString());
    }

    /// <summary>The subject's name; cards have it in English only, so Spanish names the subject by its question.</summary>
    private static string Heading(AnswerCard? subject, PageTexts t) =>
        subject is null ? t.MoreTopics
        : t.Language == Knowledge.Text.Language.Spanish && !string.IsNullOrWhiteSpace(subject.QuestionEs) ? subject.QuestionEs
        : subject.Topic;
}
