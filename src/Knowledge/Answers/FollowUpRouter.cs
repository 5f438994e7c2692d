using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Reads a message with the conversation's previous answer. Context is a tie-breaker, not a
/// magnet: a message that names a topic of its own is answered alone even when it says "they"
/// or "him"; only a message that names none ("how long can they keep him?", "why?") is read with
/// the previous card's topic, and then the card of that topic that answers its kind of question
/// ("how many" → numbers, "why" → reasons, "what should happen instead" → the paper's
/// recommendation) is preferred to the card already shown.
/// </summary>
internal sealed partial class FollowUpRouter(AnswerOptions options)
{
    /// <summary>Every threshold and weight this router reads.</summary>
    private readonly RoutingCalibration _calibration = options.Calibration;

    /// <summary>A follow-up that names no topic is at most this many words.</summary>
    private const int MaxWords = 14;

    /// <summary>The cards for the message read with its topic that may answer a follow-up beside the previous card's own follow-ups.</summary>
    private const int ContextCards = 3;

    /// <summary>
    /// True when <paramref name="question"/> is read with the previous card: it is short and either
    /// gets no card alone, names no topic beyond the previous card's own, or points back at the
    /// topic with "it", "that", "those" ("can they do that to a citizen?", "how many places have it
    /// now?"). "They" and "him" are people, not the topic: "can they take him at his court date?"
    /// after a detainer answer is about courthouse arrests.
    /// </summary>
    public static bool IsFollowUp(string question, QuestionRetrieval alone, AnswerDecision decision, AnswerCard previous, KnowledgeSnapshot snapshot) =>
        ReadingGrade.CountWords(question) <= MaxWords
        && (decision is not AnswerDecision.WithCard || !NamesNewTopic(alone, previous, snapshot) || PointsBackAtTopic().IsMatch(question));

    /// <summary>True when the message names one of the cards' topics that is not the previous card's ("court date" after a detainer answer).</summary>
    public static bool NamesNewTopic(QuestionRetrieval alone, AnswerCard previous, KnowledgeSnapshot snapshot)
    {
        if (!alone.Anchored)
        {
            return false;
        }
        // The message's own topic words: "legal", "help", "true" are in every worried question, not a topic.
        var named = QuestionAnalysis.Terms(snapshot, string.Join(' ', TopicWords.Of(alone.Text)));
        named.IntersectWith(SnapshotAnalysis.Of(snapshot).TopicTerms);
        named.ExceptWith(QuestionAnalysis.Terms(snapshot, previous.Topic + " " + previous.Question));
        return named.Count > 0;
    }

    private static bool IsPrevious(string cardId, AnswerCard previous) => string.Equals(cardId, previous.Id, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A follow-up, read with the previous answer's card: the answer is that card or one of its
    /// neighbours (its follow-ups, or the best cards for the message read with its topic),
    /// whichever is nearest to both the message alone and the message in context, a card that
    /// answers the message's kind of question counting extra.
    /// </summary>
    public AnswerDecision? Decide(QuestionRetrieval alone, QuestionRetrieval contextual, AnswerCard previous, QuestionForm form, KnowledgeSnapshot snapshot)
    {
        if (!alone.Semantic || !contextual.Semantic || contextual.Ranking.Cards[0].Fused < _calibration.MinOfferScore)
        {
            return null;
        }
        var specific = form.Kind is not QuestionKind.What;
        var chosen = previous.FollowUps.Append(previous.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The message's own best card is a candidate too: "and beyond the first hundred days?" after a card
        // on the first 100 days names its own card, which the context's words keep out of the context's top.
        var neighbours = chosen
            .Concat(contextual.Ranking.Cards.Take(ContextCards).Select(c => c.CardId))
            .Append(alone.Ranking.Cards[0].CardId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // By meaning only: the context's words would pull the lexical score back to the previous card.
        var aloneScores = alone.Ranking.Cards.ToDictionary(c => c.CardId, c => c.Semantic, StringComparer.OrdinalIgnoreCase);
        var ranked = contextual.Ranking.Cards
            .Where(c => neighbours.Contains(c.CardId))
            .Select(c => (Card: c, Score: c.Semantic + (_calibration.FollowUpAloneWeight * aloneScores.GetValueOrDefault(c.CardId))
                + (specific && snapshot.Cards.TryGet(c.CardId, out var card) && card.Answers(form.Kind) ? _calibration.FollowUpKindWeight : 0)
                + (chosen.Contains(c.CardId) ? _calibration.FollowUpChosenWeight : 0)
                - (IsPrevious(c.CardId, previous) ? _calibration.FollowUpMargin : 0)))
            .OrderByDescending(c => c.Score)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }
        // "Who counted that, and what year?", "how many was that?", "is that legal?": a number, a date or the
        // law asked of the answer just given is that card's to answer when it holds that kind of fact (the fact comes first, see
        // FollowUpComposer.Again); a neighbour that merely names a year or an author is another story.
        if (AsksOfTheAnswer(form, previous) && PointsBackAtTopic().IsMatch(alone.Text) && previous.Answers(form.Kind)
            && ranked.FirstOrDefault(c => IsPrevious(c.Card.CardId, previous)).Card is { } again)
        {
            return new AnswerDecision.WithCard(again.CardId, again.Fused);
        }
        // The card just shown again: a close neighbour answers instead, unless the message asks for a
        // fact (a number, a date) that card holds; then the fact is answered first (see FollowUpComposer.Again).
        var best = ranked[0];
        // Only the card's own follow-ups, chosen by hand, stand in for it: the nearest by meaning alone may be off topic.
        var standIn = ranked.Skip(1).FirstOrDefault(c => previous.FollowUps.Contains(c.Card.CardId, StringComparer.OrdinalIgnoreCase));
        if (IsPrevious(best.Card.CardId, previous) && standIn.Card is not null && best.Score - standIn.Score <= _calibration.FollowUpRepeatMargin
            && !(AsksOfTheAnswer(form, previous) && previous.Answers(form.Kind)))
        {
            best = standIn;
        }
        return new AnswerDecision.WithCard(best.Card.CardId, best.Card.Fused);
    }

    /// <summary>
    /// A number or a date ("who counted that?"), whether it is legal ("is that legal?", "y eso es
    /// legal?") or what should happen instead ("what should they do instead of that?"): asked of the
    /// answer just given, so the card that gave it answers when it speaks to that (a card on jail
    /// interviews says what the paper finds wrong with them in law, the detainer card what the paper
    /// asks for instead); a neighbour about the law or the reforms of another subject is another story.
    /// "Why?" is asked of the answer only when the card just shown is itself about a reason (its own
    /// question asks why: "Why did ICE raid Austin?"); after a card on what a program is, the reasons
    /// against it are a neighbour's (after CAP, the card on what is wrong with jail interviews).
    /// </summary>
    private static bool AsksOfTheAnswer(QuestionForm form, AnswerCard previous) =>
        form.AsksForFact || form.Kind is QuestionKind.Legal or QuestionKind.Should
        || (form.Kind is QuestionKind.Why && QuestionKinds.Read(previous.Question).Kind is QuestionKind.Why);

    [GeneratedRegex(@"\b(?:it|that|this|those|these|eso|esto|esa|ese|esos|esas|ello)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsBackAtTopic();
}
