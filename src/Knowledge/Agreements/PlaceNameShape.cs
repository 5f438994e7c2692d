namespace KnowYourRights.Knowledge.Agreements;

/// <summary>
/// Whether the words read as a place's name look like one, from how the question writes them.
/// The cue words also stand next to ordinary words ("al condado le puede salir caro", "law
/// enforcement leaders being against police", "la policía del siglo 21"), and a reply that ICE's
/// list "does not show" such words is a confident wrong answer. So a name the list does not have
/// counts only when it looks like a name: when the writer capitalises names (a capitalised word
/// that neither starts a sentence nor is an acronym), it is capitalised too; when the question
/// gives no such sign (all lower case, SMS, speech), it has no digits and at most
/// <see cref="MaxUncasedWords"/> words. A name the list has is found whatever its shape.
/// </summary>
internal sealed class PlaceNameShape
{
    /// <summary>"san luis obispo", "prince georges": longer lower-case runs are words, not names.</summary>
    public const int MaxUncasedWords = 3;

    /// <summary>Small words inside names, often written in lower case ("Condado de la Plata", "Isle of Wight").</summary>
    private static readonly HashSet<string> Joiners = ["of", "the", "de", "del", "la", "las", "los", "el", "st"];

    private readonly HashSet<string> _capitalised = new(StringComparer.Ordinal);
    private readonly bool _writesNamesCapitalised;

    public PlaceNameShape(string question)
    {
        var sentenceStart = true;
        foreach (var raw in question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.TrimStart('¿', '¡', '"', '“', '\'', '(', '[');
            var startsSentence = sentenceStart || token.Length < raw.Length && raw[0] is '¿' or '¡';
            sentenceStart = raw.EndsWith('.') || raw.EndsWith('?') || raw.EndsWith('!') || raw.EndsWith(':');
            var letters = token.Where(char.IsLetter).ToArray();
            if (letters.Length == 0 || !char.IsUpper(token.FirstOrDefault(char.IsLetter)))
            {
                continue;
            }
            foreach (var word in PlaceNames.Words(PlaceNames.Normalize(token)))
            {
                _capitalised.Add(word);
            }
            var acronym = letters.Length >= 2 && letters.All(char.IsUpper);
            _writesNamesCapitalised |= !startsSentence && !acronym;
        }
    }

    /// <summary>True when one of the name's readings (nearest the cue first or last) looks like a place's name.</summary>
    public bool Plausible(IReadOnlyList<string> readings) =>
        _writesNamesCapitalised
            ? readings.Any(r => PlaceNames.Words(r) is var words && words.Any(w => !Joiners.Contains(w)) && words.All(w => _capitalised.Contains(w) || Joiners.Contains(w)))
            : readings.Count > 0 && PlaceNames.Words(readings[0]) is var longest && longest.Length <= MaxUncasedWords && !longest.Any(w => w.Any(char.IsDigit));
}
