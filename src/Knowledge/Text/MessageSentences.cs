using System.Globalization;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Splits a chat or SMS message into sentences. Chat is not the paper: people end sentences
/// with "??" or an emoji, start new ones in lower case, break lines instead of using periods,
/// and open Spanish questions with "¿" mid-line; but "U.S.", "No. 19-3290", "1.9" and "…"
/// must not end a sentence.
/// </summary>
internal static class MessageSentences
{
    /// <summary>Words that a period follows without ending the sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "us", "u.s.c", "mr", "mrs", "ms", "dr", "sr", "sra", "srta", "jr", "st", "ave", "apt", "v", "vs", "etc",
        "e.g", "i.e", "inc", "dept", "gov", "sec", "p.m", "a.m", "approx", "n", "s", "e", "w",
    };

    /// <summary>Returns the message's sentences in order, trimmed, without fragments that hold no letter or digit.</summary>
    public static IReadOnlyList<string> Split(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, message[start..i]);
                start = i + 1;
            }
            else if (c == '¿' && i > start && message[..i].TrimEnd().Length > start && IsWordBreak(message, i - 1))
            {
                Add(sentences, message[start..i]);
                start = i;
            }
            else if (c is '.' or '?' or '!')
            {
                var end = i;
                while (end + 1 < message.Length && message[end + 1] is '.' or '?' or '!')
                {
                    end++;
                }
                if (EndsSentence(message, start, i, end))
                {
                    Add(sentences, message[start..(end + 1)]);
                    start = end + 1;
                }
                i = end;
            }
        }
        Add(sentences, message[start..]);
        return sentences;
    }

    private static bool IsWordBreak(string text, int index) => char.IsWhiteSpace(text[index]) || char.IsPunctuation(text[index]);

    /// <summary>Decides whether the punctuation run <paramref name="first"/>..<paramref name="last"/> ends a sentence.</summary>
    private static bool EndsSentence(string text, int sentenceStart, int first, int last)
    {
        var next = last + 1 < text.Length ? text[last + 1] : ' ';
        var run = text[first..(last + 1)];
        if (run.Contains('?', StringComparison.Ordinal) || run.Contains('!', StringComparison.Ordinal))
        {
            return !char.IsLetterOrDigit(next);
        }
        if (!char.IsWhiteSpace(next) || run.Length > 1 && run.All(c => c == '.'))
        {
            return false; // "1.9", "maria.l@", and "..." (a pause in chat, not an ending)
        }
        var wordStart = first;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text[wordStart..first];
        if (Abbreviations.Contains(word) || word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        var after = text[(last + 1)..].TrimStart();
        return !(word.Equals("no", StringComparison.OrdinalIgnoreCase) && after.Length > 0 && char.IsDigit(after[0]));
    }

    /// <summary>Emoji and symbols around a sentence ("😢😢 can they…?🙏"): chat decoration, not words.</summary>
    private static bool IsDecoration(char c) =>
        char.IsWhiteSpace(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static string TrimDecorations(string fragment)
    {
        var first = 0;
        var end = fragment.Length;
        while (first < end && IsDecoration(fragment[first]))
        {
            first++;
        }
        while (end > first && IsDecoration(fragment[end - 1]))
        {
            end--;
        }
        return fragment[first..end];
    }

    private static void Add(List<string> sentences, string fragment)
    {
        var sentence = TrimDecorations(fragment);
        if (sentence.Any(char.IsLetterOrDigit))
        {
            sentences.Add(sentence);
        }
    }
}
