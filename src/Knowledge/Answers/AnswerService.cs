using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Answers a message from the knowledge index. The message is first made safe and readable:
/// personal details are removed (never searched, echoed or kept), and a long story or a message
/// with several questions is read for its question(s). Each question then gets a curated card
/// when one fits, a choice of cards when several come close, the sources' own words under a
/// plain lead-in when no card fits, or an honest decline with legal-help links. A short
/// follow-up ("how long can they keep him?") is read with the topic of the conversation's
/// previous answer.
/// </summary>
public sealed partial class AnswerService
{
    /// <summary>Messages up to this long are cached; a longer story is rarely sent twice and would make a large key.</summary>
    private const int MaxCachedLength = 2000;

    private readonly KnowledgeIndex? _index;
    private readonly AnswerCache? _cache;
    private readonly KnowledgeSnapshot? _snapshot;
    private readonly AnswerOptions _options;
    private readonly AnswerRouter _router;
    private readonly AnswerBuilder _builder;
    private readonly LocalAgreementAnswers _local;
    private readonly FollowUpRouter _followUps;
    private readonly FollowUpComposer _context;
    private readonly SourceComposer _sources;
    private readonly UrgentOptions _urgent;

    /// <param name="embedder">The sentence model (from DI); used only when <see cref="AnswerOptions.SemanticSearch"/> is on.</param>
    /// <param name="local287g">Answers from ICE's 287(g) list ("Local287g" section); the defaults when not given.</param>
    /// <param name="urgent">The deployment's rapid-response hotline ("Urgent" section); none when not given.</param>
    public AnswerService(
        KnowledgeIndex index, IOptions<AnswerOptions> options, ITextEmbedder embedder, IOptions<Local287gOptions>? local287g = null, TimeProvider? time = null, IOptions<UrgentOptions>? urgent = null)
        : this(options.Value, embedder, local287g?.Value, time, urgent?.Value)
    {
        _index = index;
        if (_options.AnswerCacheSize > 0)
        {
            var cache = new AnswerCache(_options.AnswerCacheSize);
            cache.Clear(index.Current.Version);
            // A swap frees the old version's answers at once; Find would never return them anyway.
            index.Switched += cache.Clear;
            _cache = cache;
        }
    }

    /// <summary>How many answers the cache holds (for tests).</summary>
    internal int CachedAnswers => _cache?.Count ?? 0;

    private AnswerService(KnowledgeSnapshot snapshot, AnswerOptions options, ITextEmbedder embedder)
        : this(options, embedder, null)
    {
        _snapshot = snapshot;
    }

    private AnswerService(AnswerOptions options, ITextEmbedder embedder, Local287gOptions? local287g = null, TimeProvider? time = null, UrgentOptions? urgent = null)
    {
        _options = options;
        _local = new LocalAgreementAnswers(local287g ?? new Local287gOptions(), time ?? TimeProvider.System);
        _urgent = urgent ?? new UrgentOptions();
        _router = new AnswerRouter(options, options.SemanticSearch ? embedder : null);
        _builder = new AnswerBuilder(options);
        _followUps = new FollowUpRouter(options);
        _context = new FollowUpComposer(_builder, options.Calibration);
        _sources = new SourceComposer(_builder);
    }

    /// <summary>Answers from one fixed snapshot (not the live index): how a new version is validated before it goes live.</summary>
    public static AnswerService ForSnapshot(KnowledgeSnapshot snapshot, AnswerOptions options, ITextEmbedder embedder) =>
        new(snapshot, options, embedder);

    /// <summary>The longest message taken, in characters (<see cref="AnswerOptions.MaxQuestionLength"/>).</summary>
    public int MaxQuestionLength => _options.MaxQuestionLength;

    /// <summary>Why a question cannot be taken, or null when it can.</summary>
    public string? Validate(string? question) =>
        string.IsNullOrWhiteSpace(question) ? "The question is empty."
        : question.Length > _options.MaxQuestionLength ? $"The question is longer than {_options.MaxQuestionLength} characters."
        : null;

    /// <summary>Answers one message.</summary>
    /// <param name="question">The message as the person wrote it.</param>
    /// <param name="previousCardId">The card of this conversation's previous answer, if any: the context of a follow-up.</param>
    public Answer Ask(string? question, string? previousCardId = null)
    {
        // Personal details go first: nothing below sees, searches, returns, logs or caches them.
        var text = PersonalDetails.Scrub((question ?? string.Empty).Trim());
        if (Validate(question) is { } error)
        {
            var language = Language.Detect(text);
            return new Answer
            {
                Question = text.Length > _options.MaxQuestionLength ? text[.._options.MaxQuestionLength] : text,
                Answered = false, Kind = AnswerKinds.Error, Text = error, Error = error,
                Notice = ReplyTexts.Notice(language), Language = language,
            };
        }

        // The lease keeps this version open for the whole answer, even if a newer one goes live meanwhile.
        using var lease = _index?.Acquire();
        var snapshot = lease?.Snapshot ?? _snapshot!;
        if (_cache?.Find(snapshot.Version, text, previousCardId) is { } remembered)
        {
            return remembered;
        }
        var answer = AnswerMessage(text, snapshot, previousCardId);
        // An answer from ICE's list is not kept: whether it says "may be out of date" depends on the day.
        if (_cache is not null && answer.Kind != AnswerKinds.Local287g && text.Length <= MaxCachedLength && ReferenceEquals(_index!.Current, snapshot))
        {
            _cache.Add(snapshot.Version, text, previousCardId, answer);
        }
        return answer;
    }

    /// <summary>Answers a message whose personal details are removed, from <paramref name="snapshot"/>.</summary>
    private Answer AnswerMessage(string text, KnowledgeSnapshot snapshot, string? previousCardId)
    {
        var language = Language.Detect(text);
        // Enforcement happening now goes to people who can come, before anything is searched.
        if (UrgentSituation.IsHappeningNow(text))
        {
            return _builder.Urgent(text, language, _urgent, snapshot);
        }
        if (SmallTalk.IsSmallTalk(text))
        {
            return _builder.Reply(text, AnswerKinds.Welcome, ReplyTexts.Welcome(language), language, snapshot);
        }
        // A place's 287(g) agreements come from ICE's list; any other question after such an answer is read with the 287(g) card.
        // A place the list does not show may be one a refreshed source speaks of ("the Quillmoor County sheriff ended its 287(g) deal"): the source's words then answer.
        if (_local.TryAnswer(text, language, snapshot, previousCardId) is { } local
            && (local.Local287g?.Outcome != LocalAgreementOutcomes.NotListed
                || _router.Decide(_router.Retrieve(text, snapshot), snapshot) is not AnswerDecision.WithPassages { Sources: true }))
        {
            return local with { Question = text };
        }
        previousCardId = PlaceContext.Parse(previousCardId) is null ? previousCardId : PlaceContext.TopicCard;
        var parts = MessageQuestions.Extract(text);
        if (parts.Count > 1 && !parts.Skip(1).Any(ContinuesThePrevious))
        {
            // Several questions are answered apart only when each finds its own card; otherwise
            // the "questions" were one question said twice ("is that true? did a judge say so?").
            var answers = parts.Select(part => AnswerQuestion(part, language, snapshot, previousCardId)).ToList();
            if (answers.Count(a => a.Kind == AnswerKinds.Card) >= 2 && answers.Where(a => a.CardId is not null).DistinctBy(a => a.CardId).Count() >= 2)
            {
                return AnswerCombiner.Combine(text, language, answers);
            }
        }
        var whole = parts.Count == 1 ? parts[0] : string.Join(" ", parts);
        var answer = AnswerQuestion(whole, language, snapshot, previousCardId) with { Question = text };
        return AnswerEachSubject(text, whole, answer, language, snapshot)
            ?? AnswerEachAsk(text, whole, language, snapshot, previousCardId)
            ?? answer;
    }

    /// <summary>
    /// One sentence asking two things ("what was PEP, and why does the paper say it was no fix?"):
    /// the first half, then the second read as its follow-up, when they find two cards; a card holds
    /// one of the asks, so the whole sentence's card answered only half. Null when the sentence asks
    /// one thing, or both halves land on one card (that card answers the whole).
    /// </summary>
    private Answer? AnswerEachAsk(string text, string question, string language, KnowledgeSnapshot snapshot, string? previousCardId)
    {
        if (CompoundQuestion.Halves(question) is not { } halves)
        {
            return null;
        }
        var first = AnswerQuestion(halves.First, language, snapshot, previousCardId);
        if (first.Kind != AnswerKinds.Card)
        {
            return null;
        }
        var second = AnswerQuestion(halves.Second, language, snapshot, first.CardId);
        return second.Kind == AnswerKinds.Card && !string.Equals(first.CardId, second.CardId, StringComparison.OrdinalIgnoreCase)
            ? AnswerCombiner.Combine(text, language, [first, second])
            : null;
    }

    /// <summary>
    /// A comparison ("the difference between 287(g) and Secure Communities") that no card is clearly
    /// about, in words and in meaning alike, gets each subject's card in turn: the card both
    /// retrievals would pick for the whole question is often a third one that merely names both
    /// subjects. Null when the question compares nothing, a card is clearly about the comparison
    /// (the card on detainers versus notices), or the two subjects do not find two cards.
    /// </summary>
    private Answer? AnswerEachSubject(string text, string question, Answer whole, string language, KnowledgeSnapshot snapshot)
    {
        if (ComparisonQuestion.Subjects(question) is not { } subjects
            || (whole.Kind == AnswerKinds.Card && whole.Retrieval is { } scores
                && scores.Lexical?.Id == whole.CardId && scores.Semantic?.Id == whole.CardId))
        {
            return null;
        }
        var answers = new[] { subjects.First, subjects.Second }.Select(subject => AnswerQuestion(subject, language, snapshot, null)).ToList();
        return answers.All(a => a.Kind == AnswerKinds.Card) && !string.Equals(answers[0].CardId, answers[1].CardId, StringComparison.OrdinalIgnoreCase)
            ? AnswerCombiner.Combine(text, language, answers)
            : null;
    }

    /// <summary>A card's answer by its id, exactly as the bot gives it (for a topic page); null for an unknown id.</summary>
    /// <param name="language">"es" for the card's Spanish answer (when it has one); anything else is English.</param>
    public Answer? ForCard(string cardId, string language)
    {
        using var lease = _index?.Acquire();
        var snapshot = lease?.Snapshot ?? _snapshot!;
        var reading = language == Language.Spanish ? Language.Spanish : Language.English;
        return snapshot.Cards.TryGet(cardId, out var card) ? _builder.ForCard(card, reading, snapshot) : null;
    }

    /// <summary>
    /// Answers a conversation's latest message after its earlier ones (oldest first): each earlier
    /// message is answered in turn only to know which topic the conversation is on.
    /// </summary>
    public Answer AskInConversation(string? question, IEnumerable<string> history)
    {
        string? previous = null;
        foreach (var earlier in history)
        {
            previous = Ask(earlier, previous).Topic ?? previous;
        }
        return Ask(question, previous);
    }

    private Answer AnswerQuestion(string question, string language, KnowledgeSnapshot snapshot, string? previousCardId)
    {
        // Spoken input ("two eighty seven g", "eyes" for ICE) is read in its typed form.
        question = SpokenForms.Normalize(question);
        var form = QuestionKinds.Read(question);
        var (retrieval, decision) = Retrieve(question, snapshot);
        var previous = previousCardId is not null && snapshot.Cards.TryGet(previousCardId, out var card) ? card : null;
        if (previous is not null && FollowUpRouter.IsFollowUp(question, retrieval, decision, previous, snapshot))
        {
            // "What can I do?" after a topic: the legal-help directories and the topic's most useful card.
            if (form.Kind == QuestionKind.Help && _context.HelpOnTopic(question, language, previous, snapshot) is { } help)
            {
                return help;
            }
            // "Who wrote that?", "where was it published?": where the answer just given comes from.
            if (SourceQuestion.AsksForSource(question) && _sources.Compose(question, language, previous, snapshot) is { } sources)
            {
                return sources;
            }
            // Read with the earlier topic: "how many are there now?" after 287(g) asks how many 287(g) agreements.
            var contextual = _router.Retrieve(previous.Topic + ". " + question, snapshot);
            // A follow-up about the present or about a subject the sources leave out is not the topic's to answer.
            if (!_router.LeavesTopic(retrieval, previous, snapshot) && _followUps.Decide(retrieval, contextual, previous, form, snapshot) is { } decided)
            {
                var answer = Compose(question, language, form, decided, contextual, snapshot, previous);
                return answer with { Retrieval = answer.Retrieval is { } scores ? scores with { Context = previous.Id } : null };
            }
        }
        if (decision is not AnswerDecision.Decline && TimeScope.AsksAfterSources(question, snapshot.Manifest) is { } year)
        {
            return _builder.DeclineBecause(question, language, ReplyTexts.AfterSources(language, year, snapshot.Manifest.Paper.Date), snapshot);
        }
        if (decision is not AnswerDecision.Decline && UncitedCase.Named(question, snapshot) is { } courtCase)
        {
            return _builder.DeclineBecause(question, language, ReplyTexts.UncitedCase(language, courtCase), snapshot);
        }
        return Compose(question, language, form, KindPreference.Apply(decision, form, retrieval, snapshot, _options.Calibration.KindMargin), retrieval, snapshot, previous);
    }

    /// <summary>
    /// The answer to a decision, led by the fact the question asks for; never the card just shown
    /// again word for word (the part asked, the card in short and where to go next instead).
    /// </summary>
    private Answer Compose(string question, string language, QuestionForm form, AnswerDecision decision, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot, AnswerCard? previous)
    {
        var answer = _builder.Build(question, language, decision, retrieval, snapshot);
        if (answer.Kind != AnswerKinds.Card || answer.CardId is null || !snapshot.Cards.TryGet(answer.CardId, out var card))
        {
            return answer;
        }
        return previous is not null && string.Equals(card.Id, previous.Id, StringComparison.OrdinalIgnoreCase)
            ? _context.Again(answer, form, question, card, retrieval, snapshot)
            : AnswerFirst.Apply(answer, form, question, card, retrieval, snapshot);
    }

    /// <summary>
    /// Searches the question; one of several sentences (a story with its question at the end, a
    /// greeting and a question) that gets no card is also searched by its asking sentence alone,
    /// and a card for that reading wins: the other sentences can drown the question.
    /// </summary>
    private (QuestionRetrieval Retrieval, AnswerDecision Decision) Retrieve(string question, KnowledgeSnapshot snapshot)
    {
        var retrieval = _router.Retrieve(question, snapshot);
        var decision = _router.Decide(retrieval, snapshot);
        // A message that asks in a way naming a subject the sources leave out ("ICE gave me a check-in date.
        // Will they hold me if I go?") is declined as a whole: its last sentence alone would sound like a card's.
        // So is one that asks how things stand today ("Is Houston a sanctuary city right now? Will the police call
        // ICE if I report a robbery?"), which the 2020 sources cannot say.
        if (decision is AnswerDecision.WithCard || TimeScope.AsksAboutNow(retrieval.Text)
            || MessageQuestions.AskingPart(question) is not { } asking || asking.Length >= question.Length
            || snapshot.OutOfScope.Any(t => t.IsAskedBy(retrieval.Text)))
        {
            return (retrieval, decision);
        }
        var alone = _router.Retrieve(asking, snapshot);
        var aloneDecision = _router.Decide(alone, snapshot);
        return aloneDecision is AnswerDecision.WithCard ? (alone, aloneDecision) : (retrieval, decision);
    }

    /// <summary>"Or did the pressure still work?", "and him?": a part that starts by joining the one before is not a question of its own.</summary>
    private static bool ContinuesThePrevious(string part) =>
        ContinuationStart().IsMatch(part) && (!OwnQuestionAfterConjunction().IsMatch(part) || PointsBack().IsMatch(part));

    /// <summary>"And…", "or…", "y…", "pero…": a part that may go on from the one before ("and did a judge say so?").</summary>
    [GeneratedRegex(@"^\W*(or|and|but|so|o|y|pero)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationStart();

    /// <summary>
    /// "And what is CAP?", "¿y qué es el Programa de Extranjeros Criminales?": after the conjunction, a
    /// whole question of its own, answered apart when it finds its own card; unless it leans on the
    /// part before ("and how is it different from a notice?", see <see cref="PointsBack"/>).
    /// </summary>
    [GeneratedRegex(@"^\W*(or|and|but|so|o|y|pero)\W+(what|who|how|when|where|why|which|qu[eé]|qui[eé]n|c[oó]mo|cu[aá]ndo|d[oó]nde|por qu[eé]|cu[aá]l|cu[aá]ntos|cu[aá]ntas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnQuestionAfterConjunction();

    /// <summary>A word that points back at what was just asked: "it", "that", "they", "eso", "ello".</summary>
    [GeneratedRegex(@"\b(it|its|that|this|those|these|they|them|eso|esto|esa|ese|ello|esos|esas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsBack();
}
