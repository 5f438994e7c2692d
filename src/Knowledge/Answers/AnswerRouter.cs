using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Retrieves a question both ways (lexical and, when the version has sentence vectors, by
/// meaning) and decides what answers it: a card, a choice of cards, quoted passages, or an
/// honest decline.
/// </summary>
internal sealed class AnswerRouter(AnswerOptions options, ITextEmbedder? embedder)
{
    private readonly RecentQuestionVectors? _questions = embedder is null ? null : new RecentQuestionVectors(embedder);

    /// <summary>How many cards a "did you mean" offers at most.</summary>
    private const int CardsOffered = 3;

    /// <summary>Cards this much below the best still make the offer (above, they are noise).</summary>
    private const double OfferSpread = 0.06;

    /// <summary>In a follow-up, how much the message alone counts beside the message read with its topic.</summary>
    private const double AloneWeight = 0.5;

    /// <summary>Cards whose fused and semantic scores both differ by less than this are a tie.</summary>
    private const double TieMargin = 0.005;

    /// <summary>A second card this close to the answer's is offered as its first follow-up.</summary>
    private const double RunnerUpMargin = 0.03;

    /// <summary>A choice of cards is offered only to a question that shares some words with the best one (a recipe question shares none).</summary>
    private const double MinOfferLexical = 0.2;

    /// <summary>A choice of cards is offered only to a question whose meaning is near the best one.</summary>
    private const double MinOfferSemantic = 0.84;

    /// <summary>An out-of-scope subject must be about as near in meaning as the best card, not only share its words.</summary>
    private const double OutOfScopeSlack = 0.01;

    /// <summary>On the lexical path: prefer a card unless the paper matches clearly better.</summary>
    private const double CardPreference = 0.15;

    public QuestionRetrieval Retrieve(string question, KnowledgeSnapshot snapshot)
    {
        var text = SnapshotAnalysis.Of(snapshot).Typos.Correct(question);
        var language = Language.Detect(text);
        var weight = language == Language.Spanish ? HybridRanker.SpanishRankingLexicalWeight : HybridRanker.LexicalWeight;
        var concepts = QuestionAnalysis.Analyze(text, snapshot);
        var hits = KnowledgeSearcher.Search(snapshot, concepts);
        var anchored = concepts.Any(c => c.Terms.Overlaps(SnapshotAnalysis.Of(snapshot).TopicTerms));
        var ranking = embedder is not null && !snapshot.Vectors.IsEmpty && snapshot.Vectors.ModelId == embedder.ModelId
            ? HybridRanker.Rank(snapshot.Vectors, concepts, hits, SnapshotAnalysis.Of(snapshot).OutOfScopeQuestions, _questions!.Embed(text), weight)
            : HybridRanking.Empty;
        return new QuestionRetrieval(text, concepts, hits, ranking, anchored, language);
    }

    public AnswerDecision Decide(QuestionRetrieval retrieval, KnowledgeSnapshot snapshot) =>
        retrieval.Semantic ? DecideHybrid(retrieval, snapshot) : DecideLexical(retrieval);

    /// <summary>
    /// A follow-up, read with the previous answer's card: the answer is that card or one of its
    /// neighbours (its follow-ups, or the best cards for the message read with its topic),
    /// whichever is nearest to both the message alone and the message in context.
    /// </summary>
    public AnswerDecision? DecideFollowUp(QuestionRetrieval alone, QuestionRetrieval contextual, AnswerCard previous)
    {
        if (!alone.Semantic || !contextual.Semantic || contextual.Ranking.Cards[0].Fused < options.MinOfferScore)
        {
            return null;
        }
        var neighbours = previous.FollowUps.Append(previous.Id)
            .Concat(contextual.Ranking.Cards.Take(3).Select(c => c.CardId))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // By meaning only: the context's words would pull the lexical score back to the previous card.
        var aloneScores = alone.Ranking.Cards.ToDictionary(c => c.CardId, c => c.Semantic, StringComparer.OrdinalIgnoreCase);
        var best = contextual.Ranking.Cards
            .Where(c => neighbours.Contains(c.CardId))
            .MaxBy(c => c.Semantic + (AloneWeight * aloneScores.GetValueOrDefault(c.CardId))
                - (string.Equals(c.CardId, previous.Id, StringComparison.OrdinalIgnoreCase) ? options.FollowUpMargin : 0));
        return best is null ? null : new AnswerDecision.WithCard(best.CardId, best.Fused);
    }

    /// <summary>The fused score decides; a question nearer a subject the sources leave out is declined.</summary>
    private AnswerDecision DecideHybrid(QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        var cards = retrieval.Ranking.Cards;
        var best = cards[0];
        var passages = Passages(retrieval);
        // A refreshed source that carries the question far better than any card (a newer fact, a
        // place the cards do not name) answers in its own words; the paper's passages never beat a card.
        if (passages is { Sources: true } && passages.Score - best.Lexical >= CardPreference)
        {
            return passages;
        }
        // Nearer a subject the sources leave out than to any card, by meaning and overall: decline,
        // unless the card's own words clearly carry the question.
        // (The English sentence model reads Spanish poorly: there the overall score alone decides.)
        if (retrieval.Ranking.OutOfScope is { } outside && outside.Fused > best.Fused && best.Lexical < options.MinCardConfidence
            && (retrieval.Language == Language.Spanish || outside.Semantic >= best.Semantic - OutOfScopeSlack))
        {
            return new AnswerDecision.Decline(best.Fused);
        }
        // A card that only lists legal-help directories answers those who ask for help in words; anyone
        // else near it gets the decline, which lists the same directories and says the sources do not cover it.
        if (best.Lexical < options.MinCardConfidence && snapshot.Cards.TryGet(best.CardId, out var card)
            && card.Citations.All(id => snapshot.Manifest.TryGet(id, out var source) && source.IsDirectory))
        {
            return new AnswerDecision.Decline(best.Fused);
        }
        var floor = retrieval.Anchored ? options.MinAnchoredFusedScore : options.MinFusedScore;
        if (best.Fused >= floor && cards.Count > 1 && best.Fused - cards[1].Fused < TieMargin
            && Math.Abs(best.Semantic - cards[1].Semantic) < TieMargin)
        {
            // Two cards the question fits equally well in words and in meaning: asking beats guessing.
            return new AnswerDecision.OfferCards([best.CardId, cards[1].CardId], best.Fused);
        }
        if (best.Fused >= floor)
        {
            // A close runner-up is offered first among the follow-ups: the answer may be one tap away.
            var runnerUp = cards.Count > 1 && best.Fused - cards[1].Fused < RunnerUpMargin ? cards[1].CardId : null;
            return new AnswerDecision.WithCard(best.CardId, best.Fused) { RunnerUp = runnerUp };
        }
        if (passages is not null)
        {
            return passages;
        }
        if (best.Fused >= options.MinOfferScore && best.Lexical >= MinOfferLexical && best.Semantic >= MinOfferSemantic)
        {
            var offered = cards.TakeWhile(c => best.Fused - c.Fused <= OfferSpread).Take(CardsOffered).Select(c => c.CardId).ToList();
            return new AnswerDecision.OfferCards(offered, best.Fused);
        }
        return new AnswerDecision.Decline(best.Fused);
    }

    /// <summary>Passages that both retrievals agree carry the question: lexical coverage over its floor and near in meaning.</summary>
    private AnswerDecision.WithPassages? Passages(QuestionRetrieval retrieval)
    {
        var floor = retrieval.Anchored ? Math.Min(options.MinAnchoredConfidence, options.MinConfidence) : options.MinConfidence;
        var near = retrieval.Ranking.Passages.Where(p => p.Score >= options.MinPassageSimilarity).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var passages = retrieval.Hits
            .Where(h => h.Type is IndexFields.PassageType or IndexFields.SourceType && h.Coverage >= floor && near.Contains(h.Id))
            .ToList();
        return passages.Count == 0 ? null : new AnswerDecision.WithPassages(passages.Select(p => p.Id).ToList(), passages[0].Coverage)
        {
            Sources = passages[0].Type == IndexFields.SourceType,
        };
    }

    /// <summary>Without sentence vectors: lexical coverage and likeness to the cards' ways of asking, as before vectors existed.</summary>
    private AnswerDecision DecideLexical(QuestionRetrieval retrieval)
    {
        var anchored = retrieval.Anchored;
        var cardFloor = anchored ? Math.Min(options.MinAnchoredConfidence, options.MinCardConfidence) : options.MinCardConfidence;
        var passageFloor = anchored ? Math.Min(options.MinAnchoredConfidence, options.MinConfidence) : options.MinConfidence;
        var cards = retrieval.Hits.Where(h => h.Type == IndexFields.CardType && HybridRanker.CardConfidence(h) >= cardFloor).ToList();
        var passages = retrieval.Hits.Where(h => h.Type is IndexFields.PassageType or IndexFields.SourceType && h.Coverage >= passageFloor).ToList();
        if (cards.Count > 0 && (passages.Count == 0 || cards[0].Rank >= passages[0].Rank - CardPreference))
        {
            var confidence = HybridRanker.CardConfidence(cards[0]);
            return cards.Count > 1 && cards[0].Rank - cards[1].Rank < options.AmbiguityMargin
                ? new AnswerDecision.OfferCards([cards[0].Id, cards[1].Id], confidence)
                : new AnswerDecision.WithCard(cards[0].Id, confidence);
        }
        return passages.Count > 0
            ? new AnswerDecision.WithPassages(passages.Select(p => p.Id).ToList(), passages[0].Coverage)
            : new AnswerDecision.Decline(0);
    }
}
