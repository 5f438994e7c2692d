using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Answers a question from the knowledge index: a curated card when one matches well, else the
/// sentences of the paper (or of a cited source's own text, once refreshed) that carry the
/// question, else an honest decline with legal-help links.
/// </summary>
public sealed class AnswerService
{
    private const int PassagesShown = 3;
    private const int PassagesComposed = 2;
    private const double CardPreference = 0.15;

    private readonly Func<SnapshotLease>? _lease;
    private readonly KnowledgeSnapshot? _snapshot;
    private readonly KnowledgeOptions _options;

    public AnswerService(KnowledgeIndex index, IOptions<KnowledgeOptions> options)
    {
        _lease = index.Acquire;
        _options = options.Value;
    }

    private AnswerService(KnowledgeSnapshot snapshot, KnowledgeOptions options)
    {
        _snapshot = snapshot;
        _options = options;
    }

    /// <summary>Answers from one fixed snapshot (not the live index): how a new version is validated before it goes live.</summary>
    public static AnswerService ForSnapshot(KnowledgeSnapshot snapshot, KnowledgeOptions options) => new(snapshot, options);

    /// <summary>Why a question cannot be taken, or null when it can.</summary>
    public string? Validate(string? question) =>
        string.IsNullOrWhiteSpace(question) ? "The question is empty."
        : question.Length > _options.MaxQuestionLength ? $"The question is longer than {_options.MaxQuestionLength} characters."
        : null;

    public Answer Ask(string? question)
    {
        var text = (question ?? string.Empty).Trim();
        var language = Language.Detect(text);
        if (Validate(question) is { } error)
        {
            return new Answer
            {
                Question = text, Answered = false, Kind = AnswerKinds.Error, Text = error, Error = error,
                Notice = ReplyTexts.Notice(language), Language = language,
            };
        }

        // The lease keeps this version open for the whole answer, even if a newer one goes live meanwhile.
        using var lease = _lease?.Invoke();
        var snapshot = lease?.Snapshot ?? _snapshot!;
        if (SmallTalk.IsSmallTalk(text))
        {
            return Reply(text, AnswerKinds.Welcome, ReplyTexts.Welcome(language), language, snapshot);
        }

        var concepts = QuestionAnalysis.Analyze(text, snapshot);
        var hits = KnowledgeSearcher.Search(snapshot, concepts);
        var shown = hits.Take(PassagesShown).Select(h => ToPassage(h, snapshot)).ToList();
        // A question that names one of the bot's topics needs less coverage to be answered.
        var anchored = concepts.Any(c => c.Terms.Overlaps(SnapshotAnalysis.Of(snapshot).TopicTerms));
        var cardFloor = anchored ? Math.Min(_options.MinAnchoredConfidence, _options.MinCardConfidence) : _options.MinCardConfidence;
        var passageFloor = anchored ? Math.Min(_options.MinAnchoredConfidence, _options.MinConfidence) : _options.MinConfidence;
        var cards = hits.Where(h => h.Type == IndexFields.CardType && CardConfidence(h) >= cardFloor).ToList();
        var passages = hits.Where(h => h.Type is IndexFields.PassageType or IndexFields.SourceType && h.Coverage >= passageFloor).ToList();

        // Cards are preferred (plain, curated) unless the paper matches the question clearly better.
        if (cards.Count > 0 && (passages.Count == 0 || cards[0].Rank >= passages[0].Rank - CardPreference))
        {
            if (cards.Count > 1 && cards[0].Rank - cards[1].Rank < _options.AmbiguityMargin
                && snapshot.Cards.TryGet(cards[0].Id, out var first) && snapshot.Cards.TryGet(cards[1].Id, out var second))
            {
                return DidYouMean(text, language, first, second, CardConfidence(cards[0]), shown);
            }
            if (snapshot.Cards.TryGet(cards[0].Id, out var card))
            {
                return FromCard(text, language, card, CardConfidence(cards[0]), shown, snapshot);
            }
        }
        if (passages.Count > 0)
        {
            return FromPaper(text, language, concepts, passages, shown, snapshot);
        }
        return Decline(text, language, shown, snapshot);
    }

    private Answer FromCard(string question, string language, AnswerCard card, double confidence, List<AnswerPassage> shown, KnowledgeSnapshot snapshot)
    {
        var (text, citations, quote, translated) = CardComposer.Compose(card, snapshot.Manifest, language);
        if (language == Language.Spanish && !translated)
        {
            text = ReplyTexts.EnglishOnly(language) + "\n" + text;
        }
        return new Answer
        {
            Question = question, Answered = true, Kind = AnswerKinds.Card, Text = text, Citations = citations,
            AsOf = card.AsOf, Confidence = Math.Round(confidence, 3), Passages = shown, Notice = ReplyTexts.Notice(language),
            Language = language, FollowUps = Choices(card.FollowUps, snapshot), CardId = card.Id, Quote = quote,
            ReadingGrade = Grade(text),
        };
    }

    private Answer FromPaper(
        string question, string language, IReadOnlyList<Concept> concepts, List<SearchHit> passages, List<AnswerPassage> shown, KnowledgeSnapshot snapshot)
    {
        var composed = passages.Take(PassagesComposed).ToList();
        var (text, citations) = ExtractiveComposer.Compose(snapshot, concepts, composed);
        var lead = language == Language.Spanish ? ReplyTexts.EnglishOnly(language) + "\n" : string.Empty;
        return new Answer
        {
            Question = question, Answered = true, Kind = AnswerKinds.Extractive, Text = lead + text, Citations = citations,
            AsOf = AsOf(composed[0], snapshot), Confidence = Math.Round(passages[0].Coverage, 3), Passages = shown,
            Notice = ReplyTexts.Notice(language), Language = language, FollowUps = Menu(snapshot).Take(3).ToList(),
            ReadingGrade = Grade(text),
        };
    }

    private Answer DidYouMean(string question, string language, AnswerCard first, AnswerCard second, double confidence, List<AnswerPassage> shown) =>
        new()
        {
            Question = question, Answered = false, Kind = AnswerKinds.DidYouMean,
            Text = language == Language.Spanish ? "¿Quiso decir…?" : "Did you mean…?",
            Confidence = Math.Round(confidence, 3), Passages = shown, Notice = ReplyTexts.Notice(language), Language = language,
            DidYouMean = [new AnswerChoice(first.Id, first.Question), new AnswerChoice(second.Id, second.Question)],
        };

    private Answer Decline(string question, string language, List<AnswerPassage> shown, KnowledgeSnapshot snapshot)
    {
        var help = snapshot.Manifest.LegalHelp.Select(s => $"- {s.Title}: {s.Url}");
        var text = string.Join("\n", new[] { ReplyTexts.Decline(language), ReplyTexts.LegalHelpLead(language) }.Concat(help));
        return Reply(question, AnswerKinds.Decline, text, language, snapshot) with { Passages = shown };
    }

    private Answer Reply(string question, string kind, string text, string language, KnowledgeSnapshot snapshot) =>
        new()
        {
            Question = question, Answered = false, Kind = kind, Text = text, Notice = ReplyTexts.Notice(language),
            Language = language, FollowUps = Menu(snapshot),
        };

    private IReadOnlyList<AnswerChoice> Menu(KnowledgeSnapshot snapshot) => Choices(_options.MenuTopics, snapshot);

    private static IReadOnlyList<AnswerChoice> Choices(IEnumerable<string> ids, KnowledgeSnapshot snapshot) =>
        ids.Select(id => snapshot.Cards.TryGet(id, out var card) ? new AnswerChoice(card.Id, card.Question) : null)
            .OfType<AnswerChoice>()
            .ToList();

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

    /// <summary>A card is as good as its coverage of the question and the question's likeness to one of its ways of asking.</summary>
    private static double CardConfidence(SearchHit card) => (card.Coverage + card.Similarity) / 2;

    private static double Grade(string text) => Math.Round(ReadingGrade.FleschKincaid(ReadingGrade.PlainText(text)), 1);
}
