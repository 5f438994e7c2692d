using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>Turns a decision into the answer a person reads: card, quoted passages, choice of cards, or decline.</summary>
internal sealed class AnswerBuilder(AnswerOptions options)
{
    private const int PassagesShown = 3;
    private const int PassagesComposed = 2;
    private const int MaxFollowUps = 3;

    public Answer Build(string question, string language, AnswerDecision decision, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        var shown = retrieval.Hits.Take(PassagesShown).Select(h => ToPassage(h, snapshot)).ToList();
        var answer = decision switch
        {
            AnswerDecision.WithCard card when snapshot.Cards.TryGet(card.CardId, out var found) => FromCard(question, language, found, Confidence(card.Score, retrieval), snapshot, card.RunnerUp),
            AnswerDecision.OfferCards offer => Offer(question, language, offer, retrieval, snapshot),
            AnswerDecision.WithPassages passages => FromPassages(question, language, retrieval, passages, snapshot),
            _ when decision.Reason is { } reason => DeclineBecause(question, language, reason, snapshot),
            _ => Decline(question, language, snapshot),
        };
        return answer with { Passages = shown, Retrieval = Scores(retrieval, decision, snapshot) };
    }

    public Answer Reply(string question, string kind, string text, string language, KnowledgeSnapshot snapshot) =>
        new()
        {
            Question = question, Answered = false, Kind = kind, Text = text, Notice = ReplyTexts.Notice(language),
            Language = language, FollowUps = Menu(snapshot, language),
        };

    public Answer Decline(string question, string language, KnowledgeSnapshot snapshot)
    {
        var help = snapshot.Manifest.LegalHelp.Select(s => $"- {s.Title}: {s.Url}");
        var text = string.Join("\n", new[] { ReplyTexts.Decline(language), ReplyTexts.LegalHelpLead(language) }.Concat(help));
        return Reply(question, AnswerKinds.Decline, text, language, snapshot);
    }

    /// <summary>
    /// Enforcement happening now: the deployment's hotline first (or, with none configured, to call
    /// a local rapid-response hotline), its own vetted words, then the legal-help directories.
    /// </summary>
    public Answer Urgent(string question, string language, UrgentOptions urgent, KnowledgeSnapshot snapshot)
    {
        var hotline = urgent.Hotline;
        var lines = new List<string>
        {
            hotline is null ? ReplyTexts.UrgentNoHotline(language) : ReplyTexts.UrgentCall(language, hotline.Name, hotline.Phone),
        };
        if (hotline?.Url is { } page)
        {
            lines.Add(ReplyTexts.UrgentHotlinePage(language, page));
        }
        if (urgent.MessageIn(language) is { } message)
        {
            lines.Add(message);
        }
        lines.Add(ReplyTexts.LegalHelpLead(language));
        lines.AddRange(snapshot.Manifest.LegalHelp.Select(s => $"- {s.Title}: {s.Url}"));
        return Reply(question, AnswerKinds.Urgent, string.Join("\n", lines), language, snapshot) with { Hotline = hotline, FollowUps = [] };
    }

    /// <summary>A decline that first says why (a year the sources are older than, a case they never name), with the legal-help links.</summary>
    public Answer DeclineBecause(string question, string language, string reason, KnowledgeSnapshot snapshot)
    {
        var decline = Decline(question, language, snapshot);
        return decline with { Text = reason + "\n" + decline.Text };
    }

    /// <summary>A card's answer as the bot gives it, asked for by the card's id (a topic page) rather than found by a question.</summary>
    public Answer ForCard(AnswerCard card, string language, KnowledgeSnapshot snapshot) =>
        FromCard(AnswerChoice.For(card, language).Question, language, card, 1, snapshot);

    private Answer FromCard(string question, string language, AnswerCard card, double confidence, KnowledgeSnapshot snapshot, string? runnerUp = null)
    {
        var followUps = (runnerUp is null ? card.FollowUps : card.FollowUps.Where(f => f != runnerUp).Prepend(runnerUp)).Take(MaxFollowUps);
        var (text, summary, citations, quote, translated) = CardComposer.Compose(card, snapshot, language, options.PaperPageUrl);
        if (language == Language.Spanish && !translated)
        {
            text = ReplyTexts.EnglishOnly(language) + "\n" + text;
        }
        return new Answer
        {
            Question = question, Answered = true, Kind = AnswerKinds.Card, Text = text, Summary = summary, Citations = citations,
            AsOf = card.AsOf, Confidence = Math.Round(confidence, 3), Notice = ReplyTexts.Notice(language),
            Language = language, FollowUps = Choices(followUps, snapshot, language), CardId = card.Id, Quote = quote,
            ReadingGrade = Grade(text), Review = AnswerReview.For(card, translated ? Language.Spanish : Language.English),
        };
    }

    /// <summary>
    /// No card fits: a plain lead-in that says so, citing the passages, and their own words apart
    /// as the quote. The paper's sentences read at grade 16 and above; the answer body stays plain.
    /// </summary>
    private Answer FromPassages(string question, string language, QuestionRetrieval retrieval, AnswerDecision.WithPassages decision, KnowledgeSnapshot snapshot)
    {
        var composed = retrieval.Hits.Where(h => decision.PassageIds.Contains(h.Id)).Take(PassagesComposed).ToList();
        var (quoted, citations) = ExtractiveComposer.Compose(snapshot, retrieval.Concepts, composed, options.PaperPageUrl);
        var markers = string.Concat(citations.Select(c => $"[{c.Number}]"));
        var text = ReplyTexts.PassageLead(language, snapshot.Manifest.Paper.Date) + " " + markers;
        return new Answer
        {
            Question = question, Answered = true, Kind = AnswerKinds.Extractive, Text = text, Citations = citations,
            AsOf = AsOf(composed[0], snapshot), Confidence = Math.Round(decision.Score, 3),
            Notice = ReplyTexts.Notice(language), Language = language, FollowUps = Menu(snapshot, language).Take(3).ToList(),
            Quote = new AnswerQuote(CitationMarkers.Strip(quoted), citations[0].Id),
            ReadingGrade = Grade(text),
        };
    }

    /// <summary>A 0–1 confidence: the lexical confidence as is, the fused score (cosine + w · lexical) scaled to its maximum.</summary>
    private double Confidence(double score, QuestionRetrieval retrieval) =>
        retrieval.Semantic ? Math.Clamp(score / (1 + options.Calibration.LexicalWeight), 0, 1) : score;

    private Answer Offer(string question, string language, AnswerDecision.OfferCards offer, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot) =>
        new()
        {
            Question = question, Answered = false, Kind = AnswerKinds.DidYouMean,
            Text = offer.Reason is { } reason ? reason + " " + ReplyTexts.WhatTheySaidThen(language) : ReplyTexts.DidYouMean(language),
            Confidence = Math.Round(Confidence(offer.Score, retrieval), 3), Notice = ReplyTexts.Notice(language), Language = language,
            DidYouMean = Choices(offer.CardIds, snapshot, language),
        };

    private IReadOnlyList<AnswerChoice> Menu(KnowledgeSnapshot snapshot, string language) => Choices(options.MenuTopics, snapshot, language);

    private static IReadOnlyList<AnswerChoice> Choices(IEnumerable<string> ids, KnowledgeSnapshot snapshot, string language) =>
        ids.Select(id => snapshot.Cards.TryGet(id, out var card) ? AnswerChoice.For(card, language) : null)
            .OfType<AnswerChoice>()
            .ToList();

    private static RetrievalScores? Scores(QuestionRetrieval retrieval, AnswerDecision decision, KnowledgeSnapshot snapshot)
    {
        var lexical = retrieval.Hits.FirstOrDefault(h => h.Type == IndexFields.CardType);
        var semantic = retrieval.Ranking.Cards.MaxBy(c => c.Semantic);
        var fused = retrieval.BestCard;
        return new RetrievalScores(
            lexical is null ? null : new ScoredId(lexical.Id, Math.Round(HybridRanker.CardConfidence(lexical), 3)),
            semantic is null ? null : new ScoredId(semantic.CardId, Math.Round(semantic.Semantic, 3)),
            fused is null ? null : new ScoredId(fused.CardId, Math.Round(fused.Fused, 3)),
            retrieval.Ranking.OutOfScope is { } outside ? new ScoredId(outside.CardId, Math.Round(outside.Fused, 3)) : null)
        {
            RunnerUp = retrieval.Ranking.Cards.Count > 1 ? new ScoredId(retrieval.Ranking.Cards[1].CardId, Math.Round(retrieval.Ranking.Cards[1].Fused, 3)) : null,
            FusedLexical = fused is null ? null : Math.Round(fused.Lexical, 3),
            FusedSemantic = fused is null ? null : Math.Round(fused.Semantic, 3),
            Verification = decision.Verification ?? (fused is null ? null : CardVerifier.Verify(retrieval.Concepts, fused.CardId, snapshot)),
        };
    }

    private static AnswerPassage ToPassage(SearchHit hit, KnowledgeSnapshot snapshot)
    {
        var text = hit.Type == IndexFields.CardType && snapshot.Cards.TryGet(hit.Id, out var card)
            ? CitationMarkers.Strip(card.Answer)
            : Superscripts.Strip(hit.Payload);
        return new AnswerPassage(hit.Id, hit.Heading, text, Math.Round(hit.Rank, 3));
    }

    /// <summary>A source's own text is as of its date; the paper's, as of the paper's.</summary>
    private static string? AsOf(SearchHit lead, KnowledgeSnapshot snapshot) =>
        lead.Type == IndexFields.SourceType && lead.SourceId is { } id && snapshot.Manifest.TryGet(id, out var source) && source.Date is not null
            ? source.Date
            : snapshot.Manifest.Paper.Date;

    internal static double Grade(string text) => Math.Round(ReadingGrade.FleschKincaid(ReadingGrade.PlainText(text)), 1);
}
