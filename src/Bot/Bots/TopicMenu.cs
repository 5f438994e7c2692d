using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Bots;

/// <summary>The topic menu: the answer cards named in <see cref="AnswerOptions.MenuTopics"/>, in order, as questions to tap, in the reader's language.</summary>
public sealed class TopicMenu(KnowledgeIndex index, IOptions<AnswerOptions> options)
{
    /// <summary>Read from the live snapshot each time, so a rebuilt index's cards show at once; ids with no card are skipped.</summary>
    public IReadOnlyList<AnswerChoice> Choices(string language = KnowYourRights.Knowledge.Text.Language.English)
    {
        var cards = index.Current.Cards;
        return options.Value.MenuTopics
            .Select(id => cards.TryGet(id, out var card) ? AnswerChoice.For(card, language) : null)
            .OfType<AnswerChoice>()
            .ToList();
    }
}
