using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Match the kind of question: when the card chosen does not answer the kind asked (a "how many"
/// question and a card without numbers) and a card that does is nearly as close, that one answers.
/// Only a near tie moves the answer: the kind never outweighs a clearly better topic match.
/// </summary>
internal static class KindPreference
{
    /// <param name="margin">How far below the chosen card (fused score) one answering the kind asked may be (<see cref="Search.RoutingCalibration.KindMargin"/>).</param>
    public static AnswerDecision Apply(AnswerDecision decision, QuestionForm form, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot, double margin)
    {
        if (decision is not AnswerDecision.WithCard chosen || form.Kind is QuestionKind.What
            || !snapshot.Cards.TryGet(chosen.CardId, out var card) || card.Answers(form.Kind)
            || retrieval.Ranking.Cards.FirstOrDefault(c => c.CardId == chosen.CardId) is not { } best)
        {
            return decision;
        }
        var other = retrieval.Ranking.Cards
            .Where(c => c.CardId != chosen.CardId && best.Fused - c.Fused <= margin)
            .FirstOrDefault(c => snapshot.Cards.TryGet(c.CardId, out var near) && near.Answers(form.Kind));
        return other is null ? decision : new AnswerDecision.WithCard(other.CardId, other.Fused);
    }
}
