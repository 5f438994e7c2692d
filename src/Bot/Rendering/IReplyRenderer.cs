using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Bot.Rendering;

/// <summary>
/// Turns the knowledge layer's replies into activities for one kind of channel. The bot decides
/// what to say; a renderer decides how it looks (Markdown and buttons for web chat, short plain
/// text for SMS), so a channel can be added without touching the bot's logic.
/// </summary>
public interface IReplyRenderer
{
    /// <summary>True when this renderer is made for the channel (the activity's <c>channelId</c>).</summary>
    bool Handles(string channelId);

    /// <summary>An answer, decline, "did you mean" or error from <see cref="AnswerService"/>.</summary>
    IMessageActivity Answer(Answer answer, bool withNotice);

    /// <summary>The greeting with the topic menu.</summary>
    IMessageActivity Welcome(string language, IReadOnlyList<AnswerChoice> menu, string? notice);

    /// <summary>The full list of the sources the last answer cited (empty: none yet).</summary>
    IMessageActivity Sources(string language, IReadOnlyList<AnswerCitation> sources);

    /// <summary>The reply to "None of these" after a "did you mean".</summary>
    IMessageActivity NoneOfThese(string language, IReadOnlyList<AnswerChoice> menu);
}
