using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Checks a newly built version before it may go live: the documents it should hold are there,
/// every card's citations resolve in its manifest, and each validation question is still
/// answered with the expected card or citation. A refresh must never make the bot worse at what
/// it already answers well.
/// </summary>
internal static class IndexValidator
{
    /// <summary>Problems found (empty when the version may go live) and the per-question results.</summary>
    public static (IReadOnlyList<string> Problems, IReadOnlyList<ValidationResult> Results) Validate(
        KnowledgeSnapshot snapshot, KnowledgeSeeds seeds, int sourcePassages, IReadOnlyList<ValidationQuestion> questions, AnswerOptions options, ITextEmbedder embedder)
    {
        var problems = new List<string>();
        var expected = seeds.Paper.Passages.Count + seeds.Cards.Cards.Count + sourcePassages;
        if (snapshot.DocumentCount != expected)
        {
            problems.Add($"the index holds {snapshot.DocumentCount} documents, expected {expected}");
        }
        if (seeds.Paper.Passages.Count == 0)
        {
            problems.Add("no paper passages");
        }
        if (snapshot.Cards.Cards.Count != seeds.Cards.Cards.Count || seeds.Cards.Cards.Count == 0)
        {
            problems.Add($"the index holds {snapshot.Cards.Cards.Count} answer cards, expected {seeds.Cards.Cards.Count}");
        }
        foreach (var card in snapshot.Cards.Cards)
        {
            foreach (var id in card.Citations.Where(id => !snapshot.Manifest.TryGet(id, out _)))
            {
                problems.Add($"card '{card.Id}' cites '{id}', which the sources manifest does not list");
            }
        }

        var answers = AnswerService.ForSnapshot(snapshot, options, embedder);
        var results = new List<ValidationResult>();
        foreach (var question in questions)
        {
            var answer = answers.Ask(question.Question);
            var got = new[] { answer.CardId }.Concat(answer.Citations.Select(c => c.Id)).OfType<string>().Distinct().ToList();
            var passed = answer.Answered && got.Contains(question.Expect, StringComparer.Ordinal);
            results.Add(new ValidationResult(question.Question, question.Expect, passed, answer.Kind, got));
            if (!passed)
            {
                problems.Add($"\"{question.Question}\" was not answered with '{question.Expect}' (got {answer.Kind}: {(got.Count == 0 ? "nothing" : string.Join(", ", got))})");
            }
        }
        return (problems, results);
    }
}
