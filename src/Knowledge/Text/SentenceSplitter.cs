namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Splits paper text into sentences, keeping footnote markers with the sentence they follow
/// and not breaking after abbreviations the paper uses ("U.S.", "e.g.", "v.", "No.").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly string[] Abbreviations =
    [
        "U.S.", "e.g.", "i.e.", "v.", "vs.", "No.", "Nos.", "Dept.", "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "al.", "Jan.", "Feb.",
        "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Rev.", "Fed.", "Reg.", "Cir.", "Colum.", "L.", "Imm.", "Ctr.",
    ];

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }
            var end = i + 1;
            // Closing quotes, brackets and footnote markers belong to the sentence they end.
            while (end < text.Length && (text[end] is '"' or '”' or '’' or '\'' or ')' || Superscripts.IsSuperscriptDigit(text[end])))
            {
                end++;
            }
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }
            if (EndsWithAbbreviation(text, start, i + 1) || !NextStartsSentence(text, end))
            {
                continue;
            }
            Add(sentences, text[start..end]);
            start = end;
            i = end - 1;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool EndsWithAbbreviation(string text, int start, int endExclusive)
    {
        var span = text.AsSpan(start, endExclusive - start);
        foreach (var abbreviation in Abbreviations)
        {
            if (span.EndsWith(abbreviation, StringComparison.Ordinal)
                && (span.Length == abbreviation.Length || !char.IsLetter(span[^(abbreviation.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NextStartsSentence(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index >= text.Length || char.IsUpper(text[index]) || char.IsDigit(text[index]) || text[index] is '"' or '“' or '(' or '[';
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
