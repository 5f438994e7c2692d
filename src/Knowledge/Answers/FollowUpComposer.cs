using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Answers that depend on what was said just before: never the same answer twice in a row (a
/// question that lands on the card just shown gets the part asked and the card in short, with the
/// nearest cards to go on), and "what can I do?" after a topic (the legal-help directories and the
/// topic's most useful card, not the directories alone).
/// </summary>
internal sealed partial class FollowUpComposer(AnswerBuilder builder, RoutingCalibration calibration)
{
    private const int MaxFollowUps = 3;


    /// <summary>
    /// The card just shown, asked again in other words: the fact asked for first (or that the paper
    /// does not give it), then the card's one-line summary, and the topic's other cards as choices.
    /// </summary>
    public Answer Again(Answer full, QuestionForm form, string question, AnswerCard card, QuestionRetrieval? retrieval, KnowledgeSnapshot snapshot)
    {
        var language = full.Language;
        var led = retrieval is null ? full : AnswerFirst.Apply(full, form, question, card, retrieval, snapshot);
        var lead = ReferenceEquals(led, full) || led.Text == full.Text ? null : FirstParagraph(led.Text);
        // The card's paragraph that speaks to the kind asked comes before the summary: what the law or the
        // courts say ("is that legal?", after any fact put first), what the paper asks for ("what should
        // happen instead?") or the reason ("why did they do it?", asked of a card about a reason).
        var paragraph = ParagraphWords(form.Kind) is { } words ? full.Text.Split("\n\n").FirstOrDefault(words.IsMatch) : null;
        lead = form.Kind == QuestionKind.Legal ? lead ?? paragraph : paragraph ?? lead;
        var summary = full.Summary ?? FirstParagraph(full.Text);
        // Otherwise the part asked: "and after the 100 days?" gets the card's sentence on what comes after.
        lead ??= PartAsked(full.Text, question, summary, calibration.FollowUpRestatedShare);
        var parts = new List<string>();
        if (lead is not null && FactSentences.WithoutMarkers(lead) != FactSentences.WithoutMarkers(summary))
        {
            parts.Add(lead);
        }
        parts.Add(AnswerFirstTexts.InShort(language) + " " + summary);
        parts.Add(AnswerFirstTexts.MoreBelow(language));
        var text = string.Join("\n\n", parts);
        return led with
        {
            Text = text,
            Summary = summary,
            ReadingGrade = AnswerBuilder.Grade(text),
            FollowUps = full.FollowUps.Where(c => c.Id != card.Id).Take(MaxFollowUps).ToList(),
        };
    }

    /// <summary>
    /// "What can I do?" after a topic: the legal-help directories, then the topic's most useful
    /// card in short (one that says what people can do, else what the law and courts say, else the
    /// topic's own card), which stays the conversation's topic. Null when there are no directories.
    /// </summary>
    public Answer? HelpOnTopic(string question, string language, AnswerCard topic, KnowledgeSnapshot snapshot)
    {
        var directories = snapshot.Cards.Cards.FirstOrDefault(c => IsDirectoryCard(c, snapshot));
        if (directories is null || IsDirectoryCard(topic, snapshot))
        {
            return null;
        }
        var useful = MostUseful(topic, snapshot);
        var help = builder.ForCard(directories, language, snapshot);
        var card = builder.ForCard(useful, language, snapshot);
        var citations = new List<AnswerCitation>();
        var helpText = AnswerCombiner.Renumber(help, citations);
        var cardText = AnswerCombiner.Renumber(card with { Text = card.Summary ?? card.Text }, citations);
        var topicName = language == Language.Spanish && useful.QuestionEs is not null ? useful.QuestionEs.TrimStart('¿').TrimEnd('?') : useful.Topic;
        var text = helpText + "\n\n" + AnswerFirstTexts.FromThePaperOnTopic(topicName, language) + " " + cardText;
        return card with
        {
            Question = question,
            Text = text,
            Summary = null,
            Citations = citations,
            ReadingGrade = AnswerBuilder.Grade(text),
            FollowUps = new[] { AnswerChoice.For(useful, language) }.Concat(card.FollowUps)
                .Where(c => c.Id != directories.Id).DistinctBy(c => c.Id).Take(MaxFollowUps).ToList(),
        };
    }

    /// <summary>A card that only lists legal-help directories.</summary>
    public static bool IsDirectoryCard(AnswerCard card, KnowledgeSnapshot snapshot) =>
        card.Citations.Count > 0 && card.Citations.All(id => snapshot.Manifest.TryGet(id, out var source) && source.IsDirectory);

    private static AnswerCard MostUseful(AnswerCard topic, KnowledgeSnapshot snapshot)
    {
        var near = topic.FollowUps
            .Select(id => snapshot.Cards.TryGet(id, out var card) ? card : null)
            .OfType<AnswerCard>()
            .Where(c => !IsDirectoryCard(c, snapshot))
            .ToList();
        return near.FirstOrDefault(c => c.Answers(QuestionKind.Help))
            ?? (topic.Answers(QuestionKind.Help) ? topic : null)
            ?? near.FirstOrDefault(c => c.Answers(QuestionKind.Legal))
            ?? topic;
    }

    /// <summary>The words of a paragraph that answers <paramref name="kind"/> asked again of a card, or null for a kind with none.</summary>
    private static Regex? ParagraphWords(QuestionKind kind) => kind switch
    {
        QuestionKind.Legal => SaysWhatTheLawSays(),
        QuestionKind.Should => SaysWhatThePaperAsks(),
        QuestionKind.Why => GivesAReason(),
        _ => null,
    };

    private static string FirstParagraph(string text) => text.Split("\n\n", 2)[0].Trim();

    /// <summary>
    /// The card's sentence that speaks to what a follow-up names beyond the card's summary: a word
    /// of the question the summary lacks counts twice, one it has once; among equals, the sentence
    /// that comes first. Null when no sentence shares a word with the question, or
    /// only sentences that mostly restate the summary do.
    /// </summary>
    private static string? PartAsked(string text, string question, string summary, double restated)
    {
        var asked = AskedWords(question);
        var known = AskedWords(FactSentences.WithoutMarkers(summary));
        return FactSentences.Split(text)
            .Select((sentence, index) => (Sentence: sentence, Index: index, Words: AskedWords(FactSentences.WithoutMarkers(sentence))))
            .Where(s => s.Words.Count > 0)
            .Select(s => (s.Sentence, s.Index,
                Score: (s.Words.Count(w => asked.Contains(w) && !known.Contains(w)) * 2) + s.Words.Count(w => asked.Contains(w) && known.Contains(w)),
                Repeats: (double)s.Words.Count(known.Contains) / s.Words.Count))
            .Where(s => s.Score > 0 && s.Repeats < restated)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
            .Select(s => WithWhatItIntroduces(s.Sentence, text))
            .FirstOrDefault();
    }

    /// <summary>
    /// "It gives examples.", "Da dos ejemplos.": a sentence that announces what follows says nothing alone,
    /// so it comes with the rest of its paragraph (the examples themselves).
    /// </summary>
    private static string WithWhatItIntroduces(string sentence, string text)
    {
        var plain = FactSentences.WithoutMarkers(sentence);
        if (!IntroducesWhatFollows().IsMatch(plain))
        {
            return sentence;
        }
        var paragraph = text.Split("\n\n", StringSplitOptions.TrimEntries).FirstOrDefault(p => p.Contains(plain, StringComparison.Ordinal));
        return paragraph is null ? sentence : paragraph[paragraph.IndexOf(plain, StringComparison.Ordinal)..];
    }

    [GeneratedRegex(@"^(?:it|they|the paper|el documento|also|también)?\s*(?:also\s+)?(?:gives|lists|names|cites|da|menciona|nombra|cita)\s+(?:\w+\s+)?(?:examples?|ejemplos?|reasons?|razones|ways|formas|steps|pasos|cases|casos)\s*[.:]$|:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducesWhatFollows();

    /// <summary>A sentence's topic words, stemmed, and the words that place it in time ("after", "before", "después"): what a follow-up names.</summary>
    private static HashSet<string> AskedWords(string text) =>
        TopicWords.Of(text).Concat(TimeRelation().Matches(text).Select(m => m.Value))
            .Select(TopicWords.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that place a fact in time; function words elsewhere, but "and after the 100 days?" asks for exactly that.</summary>
    [GeneratedRegex(@"\b(?:after|afterwards|before|later|earlier|despu[eé]s|antes|luego)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRelation();

    /// <summary>Words of a paragraph on the law (English and Spanish): due process, the Constitution, courts, lawsuits, rights.</summary>
    [GeneratedRegex(@"\b(?:due process|debido proceso|constitution\w*|constituci\w*|fourth amendment|cuarta enmienda|courts?|cortes?|lawsuits?|sued|demanda\w*|illegal\w*|ilegal\w*|unlawful\w*|liab\w*|rights|derechos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhatTheLawSays();

    /// <summary>Words of a paragraph that gives a reason or a consequence (English and Spanish): because, so that, led to, payback, the reason.</summary>
    [GeneratedRegex(@"\b(?:because|so\s+that|in\s+order\s+to|reasons?|led\s+to|leads?\s+to|so\s+the\s+paper|retaliat\w*|payback|punish\w*|afraid|fear\w*|porque|para\s+que|raz[oó]n\w*|represalia\w*|venganza|castig\w*|miedo|temen|llev(?:ó|o|an)\s+a|provoc\w*|por\s+eso)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivesAReason();

    /// <summary>A paragraph on what the paper asks for: "the paper asks (the new President) to", "pide al nuevo presidente que".</summary>
    [GeneratedRegex(@"\b(?:(?:paper|it)\s+(?:also\s+)?(?:asks|urges|recommends|wants)\s+(?:the\s+(?:new\s+)?President\s+|the\s+Justice\s+Department\s+|Congress\s+)?to|pide\s+al\s+(?:nuevo\s+presidente|Departamento|Congreso)|(?:documento|informe)\s+(?:también\s+)?(?:pide|propone|recomienda))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhatThePaperAsks();
}
