using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Knowledge.Text;
using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Sms;

/// <summary>
/// Cuts a reply into pages that each fit <see cref="SmsSegments.MaxPerMessage"/> segments. The
/// first page is sent; the rest wait for <c>MORE</c>. Pages break between paragraphs where they
/// can, else between sentences, else between words; every page but the last ends with the
/// "Reply MORE" prompt, and the numbered choices come last, after the text they follow. A
/// <see cref="PageBreak"/> ends a page where it stands, without the prompt (the text before it
/// says how to go on).
/// </summary>
public static partial class SmsPager
{
    /// <summary>
    /// Put between two parts of a reply, makes the second start a new page. It is a form feed,
    /// which never reaches a phone: the middleware splits on it before anything is made plain.
    /// </summary>
    public const string PageBreak = "\f";

    // After ". " / "? " / "! " (and any citation markers that follow the stop), before a new sentence.
    [GeneratedRegex(@"(?<=[.!?][""')\]]*(?:[ ]*\[\d+\])*)[ ]+(?=[^\s\[])")]
    private static partial Regex SentenceBreak();

    // Between words, but never before a citation marker, which stays with the word it follows.
    [GeneratedRegex(@"[ ]+(?!\[\d)")]
    private static partial Regex WordBreak();

    /// <summary>A piece of the reply: a sentence or a choice, and whether it starts a paragraph.</summary>
    private readonly record struct Unit(string Text, bool StartsParagraph);

    /// <summary>
    /// The pages of a reply: <paramref name="text"/> (paragraphs separated by a blank line), then
    /// <paramref name="choices"/> numbered from 1. Never empty.
    /// </summary>
    public static IReadOnlyList<string> Paginate(string text, IReadOnlyList<string> choices, string language)
    {
        // A page break ends a page early: what comes before it (a card's summary with its own
        // "Reply MORE" hint) is sent alone, and the rest is paged after it.
        var parts = text.Split(PageBreak);
        return parts
            .SelectMany((part, i) => PaginatePart(part, i == parts.Length - 1 ? choices : [], language))
            .ToList();
    }

    private static List<string> PaginatePart(string text, IReadOnlyList<string> choices, string language)
    {
        var suffix = SmsPlainText.ParagraphBreak + SmsReplyTexts.MorePrompt(language);
        var units = Units(text, choices, language)
            .SelectMany(u => FitAlone(u, suffix))
            .ToList();

        var pages = new List<string>();
        var current = string.Empty;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var candidate = current.Length == 0 ? unit.Text : current + (unit.StartsParagraph ? SmsPlainText.ParagraphBreak : " ") + unit.Text;
            var isLast = i == units.Count - 1;
            if (SmsSegments.Fits(isLast ? candidate : candidate + suffix))
            {
                current = candidate;
                continue;
            }
            // Invariant: the current page fits with the prompt, and every unit fits alone with it.
            pages.Add(current + suffix);
            current = unit.Text;
        }
        pages.Add(current);
        return pages;
    }

    /// <summary>The numbered choice lines as they are shown: "1) What is an ICE detainer?".</summary>
    public static string ChoiceLine(int number, string choice) => $"{number}) {choice}";

    private static IEnumerable<Unit> Units(string text, IReadOnlyList<string> choices, string language)
    {
        foreach (var paragraph in text.Split(SmsPlainText.ParagraphBreak).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var first = true;
            foreach (var sentence in SentenceBreak().Split(paragraph))
            {
                yield return new Unit(sentence, first);
                first = false;
            }
        }
        for (var i = 0; i < choices.Count; i++)
        {
            var line = ChoiceLine(i + 1, SmsPlainText.Plain(choices[i]));
            // The lead stays with the first choice, so it never ends a page alone.
            yield return new Unit(i == 0 ? SmsReplyTexts.ChoicesLead(language) + SmsPlainText.ParagraphBreak + line : line, true);
        }
    }

    /// <summary>The unit, or its words in pieces that each fit a page with the prompt (a very long word is cut).</summary>
    private static IEnumerable<Unit> FitAlone(Unit unit, string suffix)
    {
        if (SmsSegments.Fits(unit.Text + suffix))
        {
            yield return unit;
            yield break;
        }
        var piece = string.Empty;
        var startsParagraph = unit.StartsParagraph;
        foreach (var word in WordBreak().Split(unit.Text).Where(w => w.Length > 0).SelectMany(w => Cut(w, suffix)))
        {
            var candidate = piece.Length == 0 ? word : piece + " " + word;
            if (SmsSegments.Fits(candidate + suffix))
            {
                piece = candidate;
                continue;
            }
            yield return new Unit(piece, startsParagraph);
            startsParagraph = false;
            piece = word;
        }
        if (piece.Length > 0)
        {
            yield return new Unit(piece, startsParagraph);
        }
    }

    /// <summary>A word too long for any page (a long URL) in pieces that fit.</summary>
    private static IEnumerable<string> Cut(string word, string suffix)
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
