using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Answer first, then explain: a question that asks for one fact (how many, how long, when) gets
/// a first sentence that gives it — the card's own sentence holding it, moved to the front; or,
/// when the card has none, the paper's sentence holding it as the quote under a plain lead-in; or
/// a plain "the paper does not give…". The card's explanation follows unchanged.
/// </summary>
internal static class AnswerFirst
{
    /// <summary>The card answer <paramref name="answer"/> led by the fact <paramref name="form"/> asks for.</summary>
    public static Answer Apply(Answer answer, QuestionForm form, string question, AnswerCard card, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot)
    {
        if (!form.AsksForFact || answer.Kind != AnswerKinds.Card)
        {
            return answer;
        }
        var (prefix, body) = SplitPrefix(answer);
        var sentences = FactSentences.Split(body);
        var holding = sentences.Where(s => FactSentences.Holds(s, form.Kind)).ToList();
        if (holding.Count > 0)
        {
            // Of the sentences that share most with the question, the latest fact answers "how many are
            // there?" (151 in November 2020, not 34 at the end of 2016); "and how many before?" the earliest.
            var overlaps = holding.Select(s => (Sentence: s, Overlap: Overlap(s, question))).ToList();
            var most = overlaps.Max(s => s.Overlap);
            var nearest = overlaps.Where(s => s.Overlap == most).Select(s => s.Sentence).ToList();
            var best = FactSentences.AsksAboutEarlier(question) ? nearest[0] : nearest.MaxBy(FactSentences.LatestYear)!;
            if (ReferenceEquals(best, sentences[0]) || FactSentences.WithoutMarkers(best) == FactSentences.WithoutMarkers(sentences[0]))
            {
                return answer;
            }
            return answer with { Text = prefix + best + "\n\n" + Without(body, best) };
        }
        if (PaperSentence(form.Kind, question, card, retrieval, snapshot, answer) is { } quote)
        {
            return answer with { Text = prefix + AnswerFirstTexts.InTheQuote(form.Kind, answer.Language) + "\n\n" + body, Quote = quote };
        }
        return answer with { Text = prefix + AnswerFirstTexts.NotGiven(form.Kind, answer.Language) + "\n\n" + body };
    }

    /// <summary>"(Esta respuesta solo está en inglés.)" stays first; the rest is the card's text.</summary>
    private static (string Prefix, string Body) SplitPrefix(Answer answer)
    {
        var note = ReplyTexts.EnglishOnly(answer.Language);
        return note.Length > 0 && answer.Text.StartsWith(note + "\n", StringComparison.Ordinal)
            ? (note + "\n", answer.Text[(note.Length + 1)..])
            : (string.Empty, answer.Text);
    }

    /// <summary>The card's text without the sentence moved to the front (with its own markers, when they follow it there).</summary>
    private static string Without(string body, string sentence)
    {
        var plain = FactSentences.WithoutMarkers(sentence);
        var target = body.Contains(sentence, StringComparison.Ordinal) ? sentence : plain;
        var index = body.IndexOf(target, StringComparison.Ordinal);
        if (index < 0)
        {
            return body;
        }
        var rest = body.Remove(index, target.Length);
        return string.Join("\n\n", rest.Split("\n\n")
            .Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim())
            .Where(p => p.Any(char.IsLetter)));
    }

    /// <summary>
    /// The paper's own sentence holding the fact: one of the card's evidence quotes, else one of the
    /// retrieved paper passages sharing the question's words. Only when the answer cites the source
    /// the sentence comes from, so the quote is never uncited.
    /// </summary>
    private static AnswerQuote? PaperSentence(QuestionKind kind, string question, AnswerCard card, QuestionRetrieval retrieval, KnowledgeSnapshot snapshot, Answer answer)
    {
        var evidenceSource = card.EvidenceSource ?? Corpus.SourceManifest.PaperId;
        if (card.Evidence.FirstOrDefault(e => FactSentences.Holds(e, kind) && Overlap(e, question) > 0) is { } evidence
            && answer.Citations.Any(c => c.Id == evidenceSource))
        {
            return new AnswerQuote(evidence, evidenceSource);
        }
        if (!answer.Citations.Any(c => c.Id == Corpus.SourceManifest.PaperId))
        {
            return null;
        }
        var quoted = retrieval.Hits
            .Where(h => h.Type == IndexFields.PassageType)
            .Take(3)
            .SelectMany(h => SentenceSplitter.Split(Superscripts.Strip(h.Payload)))
            .Where(s => FactSentences.Holds(s, kind))
            .Select(s => (Sentence: s.Trim(), Overlap: Overlap(s, question)))
            .Where(s => s.Overlap >= 2)
            .OrderByDescending(s => s.Overlap)
            .Select(s => s.Sentence)
            .FirstOrDefault();
        return quoted is null ? null : new AnswerQuote(quoted, Corpus.SourceManifest.PaperId);
    }

    /// <summary>How many of the question's content words (by their first five letters) the sentence has.</summary>
    private static int Overlap(string sentence, string question)
    {
        var words = TopicWords.Of(sentence).Select(Stem).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TopicWords.Of(question).Select(Stem).Distinct(StringComparer.OrdinalIgnoreCase).Count(words.Contains);
    }

    private static string Stem(string word) => word.Length > 5 ? word[..5].ToLowerInvariant() : word.ToLowerInvariant();
}
