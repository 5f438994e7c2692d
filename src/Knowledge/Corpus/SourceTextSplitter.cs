using System.Globalization;
using System.Text;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>
/// Cuts a source's extracted text into paragraph-sized passages. Extractors separate blocks with
/// blank lines; short blocks (headings, list items, PDF lines) are joined until a passage is
/// long enough to answer from, and very long blocks are cut at sentence ends, because BM25 and
/// concept coverage work best on units about the size of one of the paper's paragraphs.
/// </summary>
internal static class SourceTextSplitter
{
    /// <summary>Passages shorter than this take in the next block.</summary>
    public const int MinChars = 280;

    /// <summary>Blocks longer than this are cut at sentence ends.</summary>
    public const int MaxChars = 1200;

    public static IReadOnlyList<SourcePassage> Split(Source source, string text)
    {
        var passages = new List<SourcePassage>();
        var current = new StringBuilder();
        foreach (var block in Blocks(text).SelectMany(CutLong))
        {
            if (current.Length > 0 && current.Length + block.Length > MaxChars)
            {
                Flush();
            }
            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(block);
            if (current.Length >= MinChars)
            {
                Flush();
            }
        }
        Flush();
        return passages;

        void Flush()
        {
            var passage = current.ToString().Trim();
            current.Clear();
            if (passage.Length == 0)
            {
                return;
            }
            passages.Add(new SourcePassage(
                source.Id + "#" + (passages.Count + 1).ToString("000", CultureInfo.InvariantCulture), source.Id, source.Title, passage));
        }
    }

    /// <summary>Blocks are separated by blank lines; lines inside a block are joined (PDF lines wrap mid-sentence).</summary>
    private static IEnumerable<string> Blocks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(b => string.Join(' ', b.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(b => b.Length > 0);

    private static IEnumerable<string> CutLong(string block)
    {
        if (block.Length <= MaxChars)
        {
            yield return block;
            yield break;
        }
        var part = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(block))
        {
            if (part.Length > 0 && part.Length + sentence.Length > MaxChars)
            {
                yield return part.ToString();
                part.Clear();
            }
            // A single "sentence" longer than the cap (a table flattened to text) is cut hard.
            for (var s = sentence; s.Length > 0;)
            {
                var take = Math.Min(s.Length, MaxChars);
                part.Append(part.Length > 0 ? " " : string.Empty).Append(s.AsSpan(0, take));
                s = s[take..];
                if (s.Length > 0)
                {
                    yield return part.ToString();
                    part.Clear();
                }
            }
        }
        if (part.Length > 0)
        {
            yield return part.ToString();
        }
    }
}
