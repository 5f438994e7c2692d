using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Search;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Speech recognition hints for Twilio's <c>&lt;Gather hints="…"&gt;</c>: the domain's words, so
/// that "detainer", "287(g)" or "la migra" are heard as such and not as "retainer" or "to eighty".
/// Taken from the index the call answers from, not a hand list: the domain synonym rules
/// (<c>seeds/synonyms.txt</c>, people's words and the paper's), the card topics and the cards'
/// questions in the call's language. A rule's misspellings ("detainr") are left out, since a hint
/// makes the recognizer expect what it names: a variant not in the cards' own text and within two
/// edits of one of its rule's words that is. Each entry is written the way it is said ("two
/// eighty seven g"), with the accents of the cards' text ("policía"), and only letters, digits
/// and spaces.
/// </summary>
/// <remarks>
/// Twilio takes a comma-separated list of at most <see cref="MaxEntries"/> entries of at most
/// <see cref="MaxEntryLength"/> characters each, the words of a phrase separated by spaces
/// (Twilio error 13330). Computed once per index version.
/// </remarks>
public static partial class VoiceSpeechHints
{
    /// <summary>Twilio's limit on the number of hints.</summary>
    public const int MaxEntries = 500;

    /// <summary>Twilio's limit on one hint's length.</summary>
    public const int MaxEntryLength = 100;

    private const int MisspellingDistance = 2;

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Dictionary<string, string>> Cache = [];

    [GeneratedRegex(@"[^\p{L}\d' ]+")]
    private static partial Regex NotWordCharacters();

    [GeneratedRegex(@"[\p{L}\d']+")]
    private static partial Regex Words();

    /// <summary>The hints for a call in <paramref name="language"/> ("en" or "es"), as the comma-separated list the <c>hints</c> attribute takes.</summary>
    public static string For(string language, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var normalized = VoiceLanguages.Normalize(language);
        var byLanguage = Cache.GetValue(snapshot, _ => []);
        lock (byLanguage)
        {
            if (!byLanguage.TryGetValue(normalized, out var hints))
            {
                hints = string.Join(", ", Entries(normalized, snapshot.Cards.Cards, snapshot.SynonymRules));
                byLanguage[normalized] = hints;
            }
            return hints;
        }
    }

    /// <summary>The hint entries, the most used domain terms first, then the topics and the questions (always all of them), within Twilio's limits.</summary>
    internal static IReadOnlyList<string> Entries(string language, IReadOnlyList<AnswerCard> cards, string synonymRules)
    {
        var spanish = language == Language.Spanish;
        var texts = cards.Select(c => spanish ? Join(c.QuestionEs, c.SummaryEs, c.AnswerEs) : Join(c.Topic, c.Question, c.Summary, c.Answer)).ToList();
        var surfaces = Surfaces(texts);
        var allTexts = cards.Select(c => Fold(Join(c.Topic, c.Question, c.QuestionEs, c.Summary, c.SummaryEs, c.Answer, c.AnswerEs))).ToList();
        var terms = SynonymRuleTerms(synonymRules, allTexts)
            .Select(t => (Term: t, Cards: texts.Count(x => Contains(Fold(x), t))))
            .OrderByDescending(t => t.Cards)
            .Select(t => surfaces.GetValueOrDefault(t.Term, t.Term));
        var topics = spanish ? [] : cards.Select(c => c.Topic);
        var questions = cards.Select(c => spanish ? c.QuestionEs ?? c.Question : c.Question);
        // Every card's topic and question is hinted; people's words fill the room left, the most used
        // first (a longer synonym list must not push "What is an ICE detainer" out of the limit).
        var cardEntries = Hintable(topics.Concat(questions), language).Take(MaxEntries).ToList();
        var termEntries = Hintable(terms, language).Except(cardEntries, StringComparer.OrdinalIgnoreCase).Take(MaxEntries - cardEntries.Count);
        return [.. termEntries, .. cardEntries];
    }

    /// <summary>The texts as hint entries Twilio takes: said as spoken, within the length limit, each once.</summary>
    private static IEnumerable<string> Hintable(IEnumerable<string> texts, string language) =>
        texts.Select(t => Entry(t, language)).Where(e => e.Length is > 0 and <= MaxEntryLength).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every term of the synonym rules (both sides of "=>"), folded, but a rule's misspellings: a
    /// variant that no card's text holds and that is within <see cref="MisspellingDistance"/> of one of its rule's terms that a card's text holds.
    /// </summary>
    private static IEnumerable<string> SynonymRuleTerms(string rules, IReadOnlyList<string> foldedTexts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in rules.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var terms = line.Split(["=>", ","], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(t => Fold(t))
                .Where(t => t.Length > 1)
                .Distinct()
                .ToList();
            var used = terms.Where(t => foldedTexts.Any(x => Contains(x, t))).ToList();
            foreach (var term in terms)
            {
                var misspelt = !used.Contains(term) && used.Any(u => IsMisspellingOf(term, u));
                if (!misspelt && seen.Add(term))
                {
                    yield return term;
                }
            }
        }
    }

    /// <summary>Within two edits of a word the cards use, and not merely its singular or plural ("courthouse", "courthouses").</summary>
    private static bool IsMisspellingOf(string term, string used) =>
        !used.StartsWith(term, StringComparison.Ordinal) && !term.StartsWith(used, StringComparison.Ordinal)
        && SpellingCorrector.Distance(used, term, MisspellingDistance) <= MisspellingDistance;

    /// <summary>For each folded word sequence of up to four words, the way the cards write it ("policia" → "policía", "ice" → "ICE").</summary>
    private static Dictionary<string, string> Surfaces(IEnumerable<string> texts)
    {
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var words = Words().Matches(text).Select(m => m.Value).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                for (var n = 1; n <= 4 && i + n <= words.Count; n++)
                {
                    var surface = string.Join(' ', words.Skip(i).Take(n));
                    surfaces.TryAdd(Fold(surface), surface);
                }
            }
        }
        return surfaces;
    }

    /// <summary>One hint: "287(g)" as said, the rest letters, digits and spaces.</summary>
    private static string Entry(string text, string language)
    {
        var said = SpokenText.Say287g(text, language).Replace('-', ' ');
        return string.Join(' ', NotWordCharacters().Replace(said, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool Contains(string foldedText, string term) =>
        $" {foldedText} ".Contains($" {term} ", StringComparison.Ordinal);

    /// <summary>Lower case, no accents, words separated by single spaces.</summary>
    private static string Fold(string text) =>
        string.Join(' ', Words().Matches(Accents.Fold(text).ToLowerInvariant()).Select(m => m.Value));

    private static string Join(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts.OfType<string>())
        {
            builder.Append(part).Append('\n');
        }
        return builder.ToString();
    }
}
