using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Cuts a reply into pages that each fit <see cref="SmsSegments.MaxPerMessage"/> segments. The
/// first page is sent; the rest wait for <c>MORE</c>. Pages break only between sentences (between
/// paragraphs where that costs no extra page); a sentence longer than a page breaks between its
/// clauses, and only a clause longer than a page between words. Among the cuts with the fewest
/// pages, the one that breaks fewest paragraphs wins, and no page starts with the last sentence of
/// a paragraph begun on the page before (an orphan such as "A lawyer can explain them.", which
/// reads as nothing without the sentence it follows), when another cut of as many pages avoids it;
/// no page ends with a lead such as "The new order would:" while any cut avoids it, even one of
/// more pages.
/// Every page but the last ends with the "Reply MORE" prompt, and the numbered choices come last,
/// after the text they follow. A <see cref="PageBreak"/> ends a page where it stands, without the
/// prompt (the text before it says how to go on).
/// </summary>
/// <remarks>Paging is for SMS only: a channel that takes a whole answer at once does not use it.</remarks>
public static partial class SmsPager
{
    /// <summary>
    /// Put between two parts of a reply, makes the second start a new page. It is a form feed,
    /// which never reaches a phone: the middleware splits on it before anything is made plain.
    /// </summary>
    public const string PageBreak = "\f";

    /// <summary>
    /// Put in the last part of a reply, stands where the numbered choices go (a welcome's topics
    /// before its notice); without it they come last. A vertical tab, which never reaches a phone either.
    /// </summary>
    public const string ChoicesHere = "\v";

    /// <summary><see cref="SmsPlainText.Plain"/> of each piece of a reply between its markers, the markers kept.</summary>
    public static string Plain(string text) =>
        string.Join(PageBreak, text.Split(PageBreak).Select(part => string.Join(ChoicesHere, part.Split(ChoicesHere).Select(SmsPlainText.Plain))));

    // After ". " / "? " / "! " (and any citation markers that follow the stop), before a new
    // sentence; not after the abbreviations the answers use ("U.S.", "e.g.", "No.").
    [GeneratedRegex(@"(?<!\b(?:U\.S|e\.g|i\.e|v|vs|Dr|Mr|Ms|Mrs|St|EE\.UU|Sr|Sra)\.)(?<=[.!?][""')\]]*(?:[ ]*\[\d+\])*)[ ]+(?=[^\s\[])")]
    private static partial Regex SentenceBreak();

    // After a clause's comma, semicolon, colon or dash (and its markers), before the next word.
    [GeneratedRegex(@"(?<=(?:[,;:]|[ ]-)(?:[ ]*\[\d+\])*)[ ]+(?=[^\s\[-])")]
    private static partial Regex ClauseBreak();

    // Between words, but never before a citation marker, which stays with the word it follows.
    [GeneratedRegex(@"[ ]+(?!\[\d)")]
    private static partial Regex WordBreak();

    /// <summary>What a page break before a unit costs, beside the pages: the rougher the break, the more.</summary>
    private enum Break
    {
        Paragraph = 0,
        Sentence = 1,
        Clause = 4,
        Word = 12,
    }

    /// <summary>A page costs more than any other cut but a lead-in cut from its list: fewer pages win.</summary>
    private const int PageCost = 1000;

    /// <summary>A page that starts with the last sentence of a paragraph begun on the page before.</summary>
    private const int OrphanCost = 100;

    /// <summary>
    /// What a page ending on a lead-in ("The new order would:") costs: more than a page, since a
    /// list cut from the words that introduce it reads as a sentence cut in half.
    /// </summary>
    private const int LeadInCost = 2 * PageCost;

    /// <summary>
    /// A piece of the reply: a sentence (or a clause or words of one too long for a page) or a
    /// choice; how a page break before it would break the text; whether it ends its paragraph.
    /// </summary>
    private readonly record struct Unit(string Text, Break Before, bool EndsParagraph)
    {
        public bool StartsParagraph => Before == Break.Paragraph;

        /// <summary>A page starting here would start with a paragraph's orphaned last piece.</summary>
        public bool IsOrphan => !StartsParagraph && EndsParagraph;
    }

    /// <summary>
    /// The pages of a reply: <paramref name="text"/> (paragraphs separated by a blank line), then
    /// <paramref name="choices"/> numbered from 1. Never empty. With <paramref name="foldToGsm7"/>,
    /// the text, the choices and the pager's own words are folded to GSM-7 first (<see cref="SmsGsm7Folding"/>).
    /// </summary>
    public static IReadOnlyList<string> Paginate(string text, IReadOnlyList<string> choices, string language, bool foldToGsm7 = false)
    {
        Func<string, string> encode = foldToGsm7 ? SmsGsm7Folding.Fold : s => s;
        // A page break ends a page early: what comes before it (a card's summary with its own
        // "Reply MORE" hint) is sent alone, and the rest is paged after it.
        var parts = encode(text).Split(PageBreak);
        var lastChoices = choices.Select(c => encode(SmsPlainText.Plain(c))).ToList();
        return parts
            .SelectMany((part, i) => PaginatePart(part, i == parts.Length - 1 ? lastChoices : [], language, encode))
            .ToList();
    }

    /// <summary>The numbered choice lines as they are shown: "1) What is an ICE detainer?".</summary>
    public static string ChoiceLine(int number, string choice) => $"{number}) {choice}";

    private static List<string> PaginatePart(string text, IReadOnlyList<string> choices, string language, Func<string, string> encode)
    {
        var suffix = SmsPlainText.ParagraphBreak + encode(SmsReplyTexts.MorePrompt(language));
        var units = Units(text, choices, encode(SmsReplyTexts.ChoicesLead(language)), suffix).ToList();
        if (units.Count == 0)
        {
            return [string.Empty];
        }
        return Cut(units, suffix).Select(range => Join(units, range.Start, range.End) + (range.End < units.Count ? suffix : string.Empty)).ToList();
    }

    /// <summary>
    /// The pages as ranges of units, by dynamic programming over where each page ends: the fewest
    /// pages, then the cheapest breaks. Every unit fits a page alone with the prompt, so a cut always exists.
    /// </summary>
    private static List<(int Start, int End)> Cut(List<Unit> units, string suffix)
    {
        var n = units.Count;
        var cost = new long[n + 1];
        var from = new int[n + 1];
        Array.Fill(cost, long.MaxValue);
        cost[0] = 0;
        for (var start = 0; start < n; start++)
        {
            if (cost[start] == long.MaxValue)
            {
                continue;
            }
            var breakCost = start == 0 ? 0
                : (int)units[start].Before + (units[start].IsOrphan ? OrphanCost : 0) + (LeadsOn(units[start - 1]) ? LeadInCost : 0);
            for (var end = start + 1; end <= n; end++)
            {
                var page = Join(units, start, end);
                if (!SmsSegments.Fits(page))
                {
                    // Longer pages only cost more segments.
                    break;
                }
                if (end < n && !SmsSegments.Fits(page + suffix))
                {
                    continue;
                }
                var total = cost[start] + PageCost + breakCost;
                // On a tie the later start wins: the shorter last page, so earlier pages are the fuller.
                if (total <= cost[end])
                {
                    cost[end] = total;
                    from[end] = start;
                }
            }
        }
        var ranges = new List<(int, int)>();
        for (var end = n; end > 0; end = from[end])
        {
            ranges.Add((from[end], end));
        }
        ranges.Reverse();
        return ranges;
    }

    /// <summary>A paragraph that ends with a colon ("The new order would:") leads into the next one: it must not end a page.</summary>
    private static bool LeadsOn(Unit unit) => unit.EndsParagraph && unit.Text.EndsWith(':');

    private static string Join(List<Unit> units, int start, int end)
    {
        var page = units[start].Text;
        for (var i = start + 1; i < end; i++)
        {
            page += (units[i].StartsParagraph ? SmsPlainText.ParagraphBreak : " ") + units[i].Text;
        }
        return page;
    }

    private static IEnumerable<Unit> Units(string text, IReadOnlyList<string> choices, string choicesLead, string suffix)
    {
        var at = text.IndexOf(ChoicesHere, StringComparison.Ordinal);
        var (before, after) = at < 0 ? (text, string.Empty) : (text[..at], text[(at + ChoicesHere.Length)..]);
        // The lead stays with the first choice, so it never ends a page alone.
        var choiceLines = choices.Select((c, i) => new List<string> { (i == 0 ? choicesLead + SmsPlainText.ParagraphBreak : string.Empty) + ChoiceLine(i + 1, c) });
        foreach (var sentences in Paragraphs(before).Concat(choiceLines).Concat(Paragraphs(after)))
        {
            var pieces = sentences
                .SelectMany((sentence, i) => FitAlone(sentence, i == 0 ? Break.Paragraph : Break.Sentence, suffix))
                .ToList();
            for (var i = 0; i < pieces.Count; i++)
            {
                yield return pieces[i] with { EndsParagraph = i == pieces.Count - 1 };
            }
        }
    }

    /// <summary>Each paragraph of <paramref name="text"/> as its sentences.</summary>
    private static IEnumerable<List<string>> Paragraphs(string text) =>
        text.Split(SmsPlainText.ParagraphBreak)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => SentenceBreak().Split(p).ToList());

    /// <summary>
    /// The sentence as one unit when it fits a page with the prompt; else its clauses, packed; else
    /// (a clause longer than a page) its words, packed, a very long word cut.
    /// </summary>
    private static IEnumerable<Unit> FitAlone(string sentence, Break before, string suffix)
    {
        if (SmsSegments.Fits(sentence + suffix))
        {
            return [new Unit(sentence, before, false)];
        }
        var clauses = ClauseBreak().Split(sentence)
            .Select((clause, i) => (Text: clause, Before: i == 0 ? before : Break.Clause))
            .SelectMany(c => SmsSegments.Fits(c.Text + suffix)
                ? [new Unit(c.Text, c.Before, false)]
                : Pack(WordBreak().Split(c.Text).Where(w => w.Length > 0).SelectMany(w => CutWord(w, suffix)), c.Before, Break.Word, suffix));
        return clauses;
    }

    /// <summary>Words joined into as few units as fit a page with the prompt each.</summary>
    private static IEnumerable<Unit> Pack(IEnumerable<string> words, Break before, Break between, string suffix)
    {
        var piece = string.Empty;
        foreach (var word in words)
        {
            var candidate = piece.Length == 0 ? word : piece + " " + word;
            if (SmsSegments.Fits(candidate + suffix))
            {
                piece = candidate;
                continue;
            }
            if (piece.Length > 0)
            {
                yield return new Unit(piece, before, false);
                before = between;
            }
            piece = word;
        }
        if (piece.Length > 0)
        {
            yield return new Unit(piece, before, false);
        }
    }

    /// <summary>A word too long for any page (a long URL) in pieces that fit.</summary>
    private static IEnumerable<string> CutWord(string word, string suffix)
    {
        var rest = word;
        while (!SmsSegments.Fits(rest + suffix))
        {
            var length = rest.Length - 1;
            while (length > 1 && !SmsSegments.Fits(rest[..length] + suffix))
            {
                length = Math.Max(1, length * 9 / 10);
            }
            if (length > 1 && char.IsHighSurrogate(rest[length - 1]))
            {
                // Never cut an emoji in half.
                length--;
            }
            yield return rest[..length];
            rest = rest[length..];
        }
        yield return rest;
    }
}
