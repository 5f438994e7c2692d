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

    /// <summary>Every threshold and weight this router reads.</summary>
    private readonly RoutingCalibration _calibration = options.Calibration;

    public QuestionRetrieval Retrieve(string question, KnowledgeSnapshot snapshot)
    {
        var text = SnapshotAnalysis.Of(snapshot).Typos.Correct(question);
        var language = Language.Detect(text);
        var weight = language == Language.Spanish ? _calibration.SpanishRankingLexicalWeight : _calibration.LexicalWeight;
        var concepts = QuestionAnalysis.Analyze(text, snapshot);
        var hits = KnowledgeSearcher.Search(snapshot, concepts, _calibration);
        var anchored = concepts.Any(c => c.Terms.Overlaps(SnapshotAnalysis.Of(snapshot).TopicTerms));
        var ranking = embedder is not null && !snapshot.Vectors.IsEmpty && snapshot.Vectors.ModelId == embedder.ModelId
            ? HybridRanker.Rank(snapshot.Vectors, concepts, hits, SnapshotAnalysis.Of(snapshot).OutOfScopeQuestions, _questions!.Embed(text), _calibration, weight)
            : HybridRanking.Empty;
        return new QuestionRetrieval(text, concepts, hits, ranking, anchored, language);
    }

    public AnswerDecision Decide(QuestionRetrieval retrieval, KnowledgeSnapshot snapshot) =>
        Verify(retrieval.Semantic ? DecideHybrid(retrieval, snapshot) : DecideLexical(retrieval), retrieval, snapshot);

    /// <summary>
    /// The verification stage, between retrieval and the answer: the chosen card must account for the
    /// question (<see cref="CardVerifier"/>). A question about the present gets what the 2020 sources
    /// said as a choice, not as the answer; one that leans on a subject the sources leave out is
    /// declined; one the card covers too little of becomes a "did you mean" when the card is near in
    /// meaning, and a decline when it is not.
    /// </summary>
    private AnswerDecision Verify(AnswerDecision decision, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        if (decision is AnswerDecision.Decline)
        {
            return decision;
        }
        var cards = decision switch
        {
            AnswerDecision.WithCard card => [card.CardId],
            AnswerDecision.OfferCards offer => offer.CardIds,
            _ => (IReadOnlyList<string>)[],
        };
        var score = decision switch
        {
            AnswerDecision.WithCard card => card.Score,
            AnswerDecision.OfferCards offer => offer.Score,
            AnswerDecision.WithPassages passages => passages.Score,
            _ => 0,
        };
        if (TimeScope.AsksAboutNow(retrieval.Text))
        {
            var now = ReplyTexts.BeforeNow(retrieval.Language, snapshot.Manifest.Paper.Date);
            return cards.Count > 0
                ? new AnswerDecision.OfferCards(cards, score) { Reason = now }
                : new AnswerDecision.Decline(score) { Reason = now };
        }
        if (cards.Count == 0)
        {
            return decision;
        }
        var check = CardVerifier.Verify(retrieval.Concepts, cards[0], snapshot);
        if (LeansOutOfScope(retrieval, cards[0], snapshot))
        {
            return new AnswerDecision.Decline(score) { Verification = check };
        }
        var semantic = retrieval.Ranking.Cards.FirstOrDefault(c => c.CardId.Equals(cards[0], StringComparison.OrdinalIgnoreCase))?.Semantic ?? 0;
        var foreign = check.ForeignShare > _calibration.MaxForeignShare && semantic < _calibration.MinForeignSemantic;
        if (decision is AnswerDecision.WithCard && retrieval.Semantic && semantic < _calibration.MinCardSemantic)
        {
            return new AnswerDecision.Decline(score) { Verification = check };
        }
        if (decision is AnswerDecision.WithCard && (foreign || check.Coverage < _calibration.MinCardCoverage))
        {
            return semantic >= _calibration.MinOfferSemantic && !foreign
                ? new AnswerDecision.OfferCards(OfferedWith(cards[0], retrieval), score) { Verification = check }
                : new AnswerDecision.Decline(score) { Verification = check };
        }
        if (decision is AnswerDecision.OfferCards && foreign)
        {
            return new AnswerDecision.Decline(score) { Verification = check };
        }
        return decision with { Verification = check };
    }

    /// <summary>
    /// The question asks in a way that names a subject the sources leave out ("where did they take my
    /// husband?"), or its words lean on one (a bond, a visa) more than <see cref="RoutingCalibration.MinOutOfScopeWordShare"/>.
    /// </summary>
    private bool LeansOutOfScope(QuestionRetrieval retrieval, string cardId, KnowledgeSnapshot snapshot) =>
        snapshot.OutOfScope.Any(t => t.IsAskedBy(retrieval.Text))
        || (CardVerifier.Verify(retrieval.Concepts, cardId, snapshot) is { OutOfScopeTopic: not null } check
            && check.OutOfScopeShare >= _calibration.MinOutOfScopeWordShare);

    /// <summary>The card and its close neighbours in the ranking, as a choice.</summary>
    private List<string> OfferedWith(string cardId, QuestionRetrieval retrieval)
    {
        var ranked = retrieval.Ranking.Cards;
        var top = ranked.FirstOrDefault(c => c.CardId.Equals(cardId, StringComparison.OrdinalIgnoreCase))?.Fused ?? 0;
        return ranked.Where(c => !c.CardId.Equals(cardId, StringComparison.OrdinalIgnoreCase) && top - c.Fused <= _calibration.OfferSpread)
            .Select(c => c.CardId)
            .Prepend(cardId)
            .Take(_calibration.CardsOffered)
            .ToList();
    }

    /// <summary>
    /// True when a follow-up is not the previous topic's to answer: it asks about the present, or
    /// leans on a subject the sources leave out.
    /// </summary>
    public bool LeavesTopic(QuestionRetrieval alone, AnswerCard previous, KnowledgeSnapshot snapshot) =>
        TimeScope.AsksAboutNow(alone.Text) || LeansOutOfScope(alone, previous.Id, snapshot);

    /// <summary>The fused score decides; a question nearer a subject the sources leave out is declined.</summary>
    private AnswerDecision DecideHybrid(QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        var cards = retrieval.Ranking.Cards;
        var best = cards[0];
        var passages = Passages(retrieval);
        // A refreshed source that carries the question far better than any card (a newer fact, a
        // place the cards do not name) answers in its own words; the paper's passages never beat a card.
        if (passages is { Sources: true } && passages.Score - best.Lexical >= _calibration.CardPreference)
        {
            return passages;
        }
        // Nearer a subject the sources leave out than to any card, by meaning and overall: decline,
        // unless the card's own words clearly carry the question.
        // (The English sentence model reads Spanish poorly: there the overall score alone decides.)
        if (retrieval.Ranking.OutOfScope is { } outside && outside.Fused > best.Fused && best.Lexical < _calibration.MinCardConfidence
            && (retrieval.Language == Language.Spanish || outside.Semantic >= best.Semantic - _calibration.OutOfScopeSlack))
        {
            return new AnswerDecision.Decline(best.Fused);
        }
        // A card that only lists legal-help directories answers those who ask for help in words; anyone
        // else near it gets the decline, which lists the same directories and says the sources do not cover it.
        if (best.Lexical < _calibration.MinCardConfidence && snapshot.Cards.TryGet(best.CardId, out var card)
            && card.Citations.All(id => snapshot.Manifest.TryGet(id, out var source) && source.IsDirectory))
        {
            return new AnswerDecision.Decline(best.Fused);
        }
        var floor = retrieval.Anchored ? _calibration.MinAnchoredFusedScore : _calibration.MinFusedScore;
        if (best.Fused >= floor && cards.Count > 1 && best.Fused - cards[1].Fused < _calibration.TieMargin
            && Math.Abs(best.Semantic - cards[1].Semantic) < _calibration.TieMargin)
        {
            // Two cards the question fits equally well in words and in meaning: asking beats guessing.
            return new AnswerDecision.OfferCards([best.CardId, cards[1].CardId], best.Fused);
        }
        if (best.Fused >= floor)
        {
            if (BetterCovered(best, cards, retrieval, snapshot) is { } covering)
            {
                var rest = cards.FirstOrDefault(c => c.CardId != covering.CardId)?.CardId;
                return new AnswerDecision.WithCard(covering.CardId, covering.Fused) { RunnerUp = rest };
            }
            // A close runner-up is offered first among the follow-ups: the answer may be one tap away.
            var runnerUp = cards.Count > 1 && best.Fused - cards[1].Fused < _calibration.RunnerUpMargin ? cards[1].CardId : null;
            return new AnswerDecision.WithCard(best.CardId, best.Fused) { RunnerUp = runnerUp };
        }
        if (passages is not null)
        {
            return passages;
        }
        if (best.Fused >= _calibration.MinOfferScore && best.Lexical >= _calibration.MinOfferLexical && best.Semantic >= _calibration.MinOfferSemantic)
        {
            var offered = cards.TakeWhile(c => best.Fused - c.Fused <= _calibration.OfferSpread).Take(_calibration.CardsOffered).Select(c => c.CardId).ToList();
            return new AnswerDecision.OfferCards(offered, best.Fused);
        }
        return new AnswerDecision.Decline(best.Fused);
    }

    /// <summary>
    /// A card nearly as close as the best (<see cref="RoutingCalibration.CoverageSwapMargin"/>) that
    /// accounts for clearly more of the question's content words (<see cref="RoutingCalibration.MinCoverageGain"/>);
    /// null when there is none.
    /// </summary>
    private CardCandidate? BetterCovered(CardCandidate best, IReadOnlyList<CardCandidate> cards, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        if (_calibration.CoverageSwapMargin <= 0 || cards.Count < 2)
        {
            return null;
        }
        var coverage = CardVerifier.Verify(retrieval.Concepts, best.CardId, snapshot).Coverage;
        return cards.Skip(1)
            .TakeWhile(c => best.Fused - c.Fused <= _calibration.CoverageSwapMargin)
            .Where(c => c.Semantic >= best.Semantic - _calibration.CoverageSwapMargin)
            .Select(c => (Card: c, Coverage: CardVerifier.Verify(retrieval.Concepts, c.CardId, snapshot).Coverage))
            .Where(c => c.Coverage - coverage >= _calibration.MinCoverageGain)
            .OrderByDescending(c => c.Coverage)
            .Select(c => c.Card)
            .FirstOrDefault();
    }

    /// <summary>Passages that both retrievals agree carry the question: lexical coverage over its floor and near in meaning.</summary>
    private AnswerDecision.WithPassages? Passages(QuestionRetrieval retrieval)
    {
        var floor = retrieval.Anchored ? Math.Min(_calibration.MinAnchoredConfidence, _calibration.MinConfidence) : _calibration.MinConfidence;
        var near = retrieval.Ranking.Passages.Where(p => p.Score >= _calibration.MinPassageSimilarity).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
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
        var cardFloor = anchored ? Math.Min(_calibration.MinAnchoredConfidence, _calibration.MinCardConfidence) : _calibration.MinCardConfidence;
        var passageFloor = anchored ? Math.Min(_calibration.MinAnchoredConfidence, _calibration.MinConfidence) : _calibration.MinConfidence;
        var cards = retrieval.Hits.Where(h => h.Type == IndexFields.CardType && HybridRanker.CardConfidence(h) >= cardFloor).ToList();
        var passages = retrieval.Hits.Where(h => h.Type is IndexFields.PassageType or IndexFields.SourceType && h.Coverage >= passageFloor).ToList();
        if (cards.Count > 0 && (passages.Count == 0 || cards[0].Rank >= passages[0].Rank - _calibration.CardPreference))
        {
            var confidence = HybridRanker.CardConfidence(cards[0]);
            return cards.Count > 1 && cards[0].Rank - cards[1].Rank < _calibration.AmbiguityMargin
                ? new AnswerDecision.OfferCards([cards[0].Id, cards[1].Id], confidence)
                : new AnswerDecision.WithCard(cards[0].Id, confidence);
        }
        return passages.Count > 0
            ? new AnswerDecision.WithPassages(passages.Select(p => p.Id).ToList(), passages[0].Coverage)
            : new AnswerDecision.Decline(0);
    }
}
