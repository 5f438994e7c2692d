using System.Globalization;
using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>
/// Parses the PDF-extracted paper into passages and footnotes.
/// </summary>
/// <remarks>
/// The extraction keeps the PDF's page order, so each page's footnotes sit between its body
/// text and the next page's. Two kinds of cut follow from that, and both are rejoined here:
/// a footnote that runs onto the next page continues in a plain paragraph placed just before
/// that page's own footnotes, and a body sentence cut at a page end resumes (in lower case)
/// after the block of footnotes.
/// </remarks>
public static partial class PaperParser
{
    public const string HeadingSeparator = " › ";

    [GeneratedRegex(@"^\s*(?:-|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(\d+)\.\s+")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"<(https?://[^>\s]+)>")]
    private static partial Regex BracketedUrl();

    public static Paper Parse(string text)
    {
        var blocks = SplitBlocks(text);
        if (blocks.Count == 0)
        {
            throw new FormatException("The paper is empty.");
        }

        var title = blocks[0][0].Trim();
        var state = new ParseState(title);
        for (var i = 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (IsFootnote(block[0]))
            {
                state.AddFootnote(block);
            }
            else if (state.OpenFootnote is not null && (next is null || IsFootnote(next[0])) && !IsListLine(block[0]))
            {
                // The tail of a footnote cut by a page break: it sits right before the next page's footnotes.
                state.ContinueFootnote(block);
            }
            else if (state.OpenBody is not null && StartsLowerCase(block[0]))
            {
                // A body sentence cut by a page break resumes after the footnote block.
                state.ContinueBody(block[0]);
                state.AddBodyLines(block.Skip(1));
            }
            else if (block.Count == 1 && IsHeading(block[0]))
            {
                state.AddHeading(block[0].Trim(), nextIsHeading: next is not null && next.Count == 1 && IsHeading(next[0]));
            }
            else
            {
                state.AddBodyLines(block);
            }
        }

        return state.ToPaper();
    }

    internal static bool IsFootnote(string line) => line.Length > 0 && Superscripts.IsSuperscriptDigit(line[0]);

    private static bool IsListLine(string line) => ListMarker().IsMatch(line);

    private static bool StartsLowerCase(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    private static bool IsHeading(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 60
            && char.IsUpper(trimmed[0])
            && !IsListLine(line)
            && !IsFootnote(trimmed)
            && !EndsSentence(trimmed)
            && !trimmed.EndsWith(',');
    }

    /// <summary>True when text ends where a sentence or list lead-in may end (not mid-sentence).</summary>
    internal static bool EndsSentence(string text)
    {
        var trimmed = Superscripts.Strip(text).TrimEnd();
        if (trimmed.Length == 0)
        {
            return true;
        }
        var balanced = trimmed.Count(c => c == '(') <= trimmed.Count(c => c == ')');
        return balanced && ".:;!?\"”’)>".Contains(trimmed[^1]);
    }

    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }
            current.Add(raw.TrimEnd());
        }
        return blocks;
    }

    internal static string CleanFootnoteText(string text)
    {
        var cleaned = BracketedUrl().Replace(text, "$1");
        return cleaned.Replace("*", string.Empty, StringComparison.Ordinal).Trim();
    }

    /// <summary>Accumulates passages and footnotes while walking the blocks in reading order.</summary>
    private sealed class ParseState(string title)
    {
        private readonly List<string> _headings = [];
        private readonly List<(string Heading, string Text)> _passages = [];
        private readonly SortedDictionary<int, string> _footnotes = [];
        private string? _item;
        private int? _openFootnote;

        public int? OpenFootnote => _openFootnote;

        public int? OpenBody =>
            _passages.Count > 0 && !EndsSentence(_passages[^1].Text) ? _passages.Count - 1 : null;

        public void AddHeading(string heading, bool nextIsHeading)
        {
            // A heading followed directly by another heading is the parent of it; a lone heading
            // replaces the innermost one ("First 100 Days" → "Beyond the First 100 Days").
            if (_headings.Count > 0 && !_lastWasHeading)
            {
                _headings.RemoveAt(_headings.Count - 1);
            }
            _headings.Add(heading);
            _item = null;
            _lastWasHeading = nextIsHeading;
        }

        private bool _lastWasHeading;

        public void AddBodyLines(IEnumerable<string> lines)
        {
            _lastWasHeading = false;
            foreach (var line in lines)
            {
                var numbered = NumberedItem().Match(line);
                if (numbered.Success)
                {
                    _item = numbered.Groups[1].Value;
                }
                var text = ListMarker().Replace(line, string.Empty).Trim();
                if (text.Length > 0)
                {
                    _passages.Add((CurrentHeading(), text));
                }
            }
        }

        public void ContinueBody(string line)
        {
            var index = _passages.Count - 1;
            _passages[index] = (_passages[index].Heading, _passages[index].Text + " " + line.Trim());
        }

        public void AddFootnote(List<string> block)
        {
            var line = string.Join(" ", block).Trim();
            var number = Superscripts.ReadNumber(line, 0, out var length);
            if (_footnotes.ContainsKey(number))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Footnote {number} appears twice."));
            }
            _footnotes[number] = line[length..].Trim();
            _openFootnote = EndsSentence(_footnotes[number]) ? null : number;
        }

        public void ContinueFootnote(List<string> block)
        {
            var number = _openFootnote!.Value;
            _footnotes[number] = _footnotes[number] + " " + string.Join(" ", block).Trim();
            _openFootnote = EndsSentence(_footnotes[number]) ? null : number;
        }

        private string CurrentHeading()
        {
            var path = _headings.Count == 0 ? new List<string> { title } : new List<string>(_headings);
            if (_item is not null)
            {
                path.Add(_item);
            }
            return string.Join(HeadingSeparator, path);
        }

        public Paper ToPaper()
        {
            var passages = _passages
                .Select((p, i) => new Passage(
                    string.Create(CultureInfo.InvariantCulture, $"paper-{i + 1:000}"),
                    p.Heading,
                    p.Text,
                    Superscripts.MarkersIn(p.Text)))
                .ToList();
            var footnotes = _footnotes.ToDictionary(
                f => f.Key,
                f => new Footnote(f.Key, CleanFootnoteText(f.Value), UrlExtractor.Extract(f.Value)));
            return new Paper(title, passages, footnotes);
        }
    }
}
