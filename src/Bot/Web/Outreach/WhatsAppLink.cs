using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>
/// WhatsApp's click-to-chat links, <c>https://wa.me/15550100100?text=…</c>: opening one on a phone
/// starts a WhatsApp chat with the bot's number, the question already typed. No number in the link
/// is anyone's but the organisation's own (<see cref="OutreachOptions.WhatsAppNumber"/>).
/// </summary>
public static class WhatsAppLink
{
    /// <summary>What the link types when there is no topic: the word that shows the topic menu.</summary>
    public const string MenuText = "MENU";

    /// <param name="e164">The number, E.164 (validated at start); wa.me takes it without the "+".</param>
    /// <param name="text">What the message box should hold; null for an empty one.</param>
    public static string To(string e164, string? text) =>
        "https://wa.me/" + e164.TrimStart('+') + (string.IsNullOrWhiteSpace(text) ? string.Empty : "?text=" + Uri.EscapeDataString(text.Trim()));

    /// <summary>The link that asks a card's question (in <paramref name="language"/>), or shows the topic menu without one.</summary>
    public static string ForTopic(string e164, AnswerCard? card, string language = Language.English) =>
        To(e164, card is null ? MenuText : language == Language.Spanish ? card.QuestionEs ?? card.Question : card.Question);
}
