using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// The review pack as CSV (RFC 4180, UTF-8, one row per card) for a spreadsheet: the editable
/// fields (<see cref="CardReviewFields"/>), and for checking, the evidence quotes with the paper
/// anchors they come from, the citations, the as-of date and when each language falls due. Reading
/// takes only the id and the editable columns back; the others are there to check against.
/// </summary>
public static class CardReviewSheet
{
    public const string Id = "id";
    public const string Topic = "topic";
    public const string Evidence = "evidence";
    public const string Citations = "citations";
    public const string AsOf = "asOf";
    public const string DueOn = "dueOn";
    public const string DueOnEs = "dueOnEs";

    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        [Id, Topic, .. CardReviewFields.Editable.Take(6), Evidence, Citations, AsOf, .. CardReviewFields.Editable.Skip(6), DueOn, DueOnEs];

    /// <summary>Writes every card as a row.</summary>
    public static void Write(TextWriter writer, IEnumerable<AnswerCard> cards, IReadOnlyList<Passage> passages, IReadOnlyDictionary<int, Footnote> footnotes, SourceManifest manifest)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
        foreach (var card in cards)
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column switch
                {
                    Id => card.Id,
                    Topic => card.Topic,
                    Evidence => string.Join("\n", card.Evidence.Select(q => $"{EvidenceAnchor.For(q, passages, footnotes) ?? "?"}: {q}")),
                    Citations => string.Join("\n", card.Citations.Select((c, i) => $"[{i + 1}] {c}: {(manifest.TryGet(c, out var s) ? s.CitationTitle : "(unknown source)")}")),
                    AsOf => card.AsOf,
                    DueOn => card.Review.DueOn(Text.Language.English) is { } due ? CardReview.FormatDate(due) : "now (never reviewed)",
                    DueOnEs => card.AnswerEs is null ? string.Empty
                        : card.Review.DueOn(Text.Language.Spanish) is { } dueEs ? CardReview.FormatDate(dueEs) : "now (never reviewed)",
                    _ => CardReviewFields.ValueOf(card, column),
                });
            }
            csv.NextRecord();
        }
    }

    /// <summary>
    /// Reads a reviewed sheet's rows. Throws <see cref="FormatException"/> naming the problem when
    /// the header lacks the id or an editable column, a row has no id, or an id comes twice.
    /// </summary>
    public static IReadOnlyList<CardReviewRow> Read(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, MissingFieldFound = null, BadDataFound = null };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new FormatException("The file is empty: it needs a header row (id, question, … as the review pack exports it).");
        }
        var missing = CardReviewFields.Editable.Prepend(Id).Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"The header lacks the column(s) {string.Join(", ", missing)}; export the review pack again and edit that file.");
        }
        var rows = new List<CardReviewRow>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var id = (csv.GetField(Id) ?? string.Empty).Trim();
            if (id.Length == 0)
            {
                if (CardReviewFields.Editable.All(f => string.IsNullOrWhiteSpace(csv.GetField(f))))
                {
                    continue; // a blank line a spreadsheet left at the end
                }
                throw new FormatException($"Row {line}: no card id.");
            }
            if (!seen.Add(id))
            {
                throw new FormatException($"Row {line}: the card '{id}' comes twice.");
            }
            var values = CardReviewFields.Editable.ToDictionary(f => f, f => Normalize(csv.GetField(f)), StringComparer.Ordinal);
            rows.Add(new CardReviewRow(id, values, line));
        }
        return rows;
    }

    /// <summary>Spreadsheets write CRLF inside cells and may pad them; the card files use LF.</summary>
    private static string Normalize(string? value) => (value ?? string.Empty).Replace("\r\n", "\n").Replace('\r', '\n').Trim();
}
