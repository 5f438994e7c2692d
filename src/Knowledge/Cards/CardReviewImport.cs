using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>One field of one card that a reviewed sheet changes.</summary>
public sealed record CardFieldChange(string CardId, string Field, string Old, string New);

/// <summary>A card file as the import would write it.</summary>
public sealed record CardFileChange(string CardId, string Path, string Markdown, IReadOnlyList<CardFieldChange> Fields);

/// <summary>What importing a reviewed sheet would do: the card files it changes and, when any, why it must not.</summary>
public sealed record CardImportPlan(IReadOnlyList<CardFileChange> Changes, IReadOnlyList<string> Problems)
{
    public bool CanWrite => Problems.Count == 0;
}

/// <summary>
/// Applies a reviewed sheet to the card files of a seeds folder: each changed card is rewritten
/// (<see cref="AnswerCardFile"/>), read back by <see cref="AnswerCardParser"/> and held to
/// <see cref="CardRules"/>, the rules <c>index build</c> applies, so an import can only write cards a
/// build would accept. Nothing is written here; the caller writes <see cref="CardImportPlan.Changes"/>
/// once the diff has been seen.
/// </summary>
public static class CardReviewImport
{
    public static CardImportPlan Plan(string seedsFolder, IReadOnlyList<CardReviewRow> rows)
    {
        var seeds = KnowledgeSeeds.Load(seedsFolder);
        var answers = System.IO.Path.Combine(seedsFolder, KnowledgeSeeds.AnswersFolder);
        var files = Directory.GetFiles(answers, "*.md").ToDictionary(
            path => AnswerCardParser.Parse(File.ReadAllText(path), System.IO.Path.GetFileName(path)).Id, StringComparer.OrdinalIgnoreCase);
        var changes = new List<CardFileChange>();
        var problems = new List<string>();
        foreach (var row in rows)
        {
            if (!seeds.Cards.TryGet(row.Id, out var card) || !files.TryGetValue(row.Id, out var path))
            {
                problems.Add($"row {row.Line}: no card '{row.Id}' in {answers}");
                continue;
            }
            var fields = CardReviewFields.Editable
                .Where(f => row.Values.TryGetValue(f, out var value) && value != Canonical(CardReviewFields.ValueOf(card, f)))
                .Select(f => new CardFieldChange(card.Id, f, CardReviewFields.ValueOf(card, f), row.Values[f]))
                .ToList();
            if (fields.Count == 0)
            {
                continue;
            }
            var markdown = AnswerCardFile.Apply(File.ReadAllText(path), fields.ToDictionary(f => f.Field, f => f.New, StringComparer.Ordinal));
            AnswerCard updated;
            try
            {
                updated = AnswerCardParser.Parse(markdown, System.IO.Path.GetFileName(path));
            }
            catch (FormatException e)
            {
                problems.Add($"{card.Id}: {e.Message}");
                continue;
            }
            problems.AddRange(CardRules.Problems(updated, seeds.Paper, seeds.Manifest).Select(p => $"{card.Id}: {p}"));
            problems.AddRange(fields.Where(f => Canonical(CardReviewFields.ValueOf(updated, f.Field)) != Canonical(f.New))
                .Select(f => $"{card.Id}: {f.Field} would not read back as written; edit the card file instead"));
            changes.Add(new CardFileChange(card.Id, path, markdown, fields));
        }
        return new CardImportPlan(changes, problems);
    }

    /// <summary>How a value compares: line endings and surrounding space do not count as changes.</summary>
    private static string Canonical(string value) => value.Replace("\r\n", "\n").Trim();
}
