using System.Text;
using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Web;

/// <summary>
/// The bot's welcome and topic menu written into the chat page on the server, so the first reply
/// shows as soon as the page does: Web Chat's script is large (about 0.9 MB compressed), and on a
/// slow phone line it arrives many seconds later. Until it does, each topic is a link to its page
/// and the box asks on <c>/ask</c>, so nothing waits on the script; chat.js puts Web Chat in this
/// reply's place once Web Chat has the bot's own welcome.
/// </summary>
public static class ChatFirstReply
{
    public static string Render(ChatPageTexts t, IReadOnlyList<AnswerChoice> menu)
    {
        var h = HtmlDocument.Encoder;
        var html = new StringBuilder("<section id=\"first-reply\" class=\"first-reply\">")
            .Append("<p class=\"first-reply__welcome\">").Append(h.Encode(t.Welcome)).Append("</p>");
        if (menu.Count > 0)
        {
            html.Append("<ul class=\"first-reply__menu\">");
            foreach (var choice in menu)
            {
                html.Append("<li><a href=\"/topics/").Append(Uri.EscapeDataString(choice.Id)).Append(t.Query).Append("\">")
                    .Append(h.Encode(choice.Question)).Append("</a></li>");
            }
            html.Append("</ul>");
        }
        html.Append("<form class=\"first-reply__ask\" action=\"/ask\" method=\"get\">")
            .Append("<label for=\"first-reply-q\">").Append(h.Encode(t.QuestionLabel)).Append("</label>")
            .Append("<span class=\"first-reply__row\"><input id=\"first-reply-q\" name=\"q\" type=\"text\" maxlength=\"500\" autocomplete=\"off\">");
        if (t.Query.Length > 0)
        {
            html.Append("<input type=\"hidden\" name=\"lang\" value=\"").Append(t.Language).Append("\">");
        }
        return html.Append("<button type=\"submit\">").Append(h.Encode(t.AskButton)).Append("</button></span></form></section>").ToString();
    }
}
