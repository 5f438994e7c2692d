using KnowYourRights.Knowledge.Answers;

namespace KnowYourRights.Bot.Bots;

/// <summary>
/// What the bot remembers about one conversation. It lives in <see cref="Microsoft.Bot.Builder.ConversationState"/>
/// over <see cref="ExpiringMemoryStorage"/>: in this process's memory only, never written to disk
/// or a database, and gone when the app restarts, the conversation idles out or ends, or the user
/// says "start over".
/// It deliberately holds no question text and no user details, since a question can reveal a
/// person's immigration status: only whether the notice was shown, the language last used, the
/// sources (public documents) of the last answer, for the <c>sources</c> command, and the id of
/// the last answer's card (a public topic such as "detainers"), so that a follow-up like "how
/// long can they keep him?" is read with that topic instead of the person's earlier words.
/// </summary>
public sealed class ConversationData
{
    /// <summary>True once the not-legal-advice notice has been shown in this conversation.</summary>
    public bool NoticeShown { get; set; }

    /// <summary>"en" or "es": the language of the user's last question, used for the menu and commands.</summary>
    public string Language { get; set; } = KnowYourRights.Knowledge.Text.Language.English;

    /// <summary>
    /// The most citations kept: more than any answer has (three questions' cards), so that each
    /// conversation's state stays a few KB whatever the index holds, and the count cap of
    /// <see cref="ExpiringMemoryStorage"/> bounds the whole in bytes too.
    /// </summary>
    public const int MaxSources = 12;

    /// <summary>The citations of the last answer, for the <c>sources</c> command.</summary>
    public List<AnswerCitation> LastSources { get; set; } = [];

    /// <summary>The card of the last answer (a topic id, never question text): the context of a follow-up.</summary>
    public string? LastCardId { get; set; }
}
