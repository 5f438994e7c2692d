using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Renders an <see cref="Answer"/> for the phone (<see cref="SpokenAnswer"/>): a card's summary
/// first with its as-of date said once, the full answer on "more"; a did-you-mean as numbered
/// choices; a decline with the legal-help directories by name (the call offers their links by
/// text). Every part goes through <see cref="SpokenText.ForEar"/>. The same answer as every other
/// channel, only said. Needs the live index for the legal-help directories' names (a decline's
/// text holds them with their links); a singleton, like the index.
/// </summary>
public sealed class SpokenAnswerRenderer(KnowledgeIndex index)
{
    /// <summary>
    /// The most words said in one go: an answer's opening and its first "more" together, or any
    /// later part of "more". About 45 seconds at a phone voice's 160 words a minute (Spanish,
    /// with its longer words, about 50): a caller who must wait a minute for the next key hangs up.
    /// </summary>
    public const int MaxAnswerWords = 120;

    /// <summary>The most parts "more" is said in; what is left after them is in the links by text.</summary>
    public const int MaxMoreParts = 3;

    /// <summary>The most words the opening of an answer without a summary holds: its first sentences.</summary>
    public const int MaxOpeningWords = 45;

    /// <summary>The spoken form of <paramref name="answer"/>, in the answer's language.</summary>
    public SpokenAnswer Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var language = VoiceLanguages.Normalize(answer.Language);
        var spoken = answer.Kind switch
        {
            AnswerKinds.DidYouMean when answer.DidYouMean.Count > 0 => DidYouMean(answer, language),
            AnswerKinds.Decline => Decline(answer, language),
            AnswerKinds.Urgent when answer.Hotline is { } hotline => Urgent(hotline, language),
            AnswerKinds.Urgent => Decline(answer, language),
            AnswerKinds.Card when answer.Summary is { } summary => Card(answer, summary, language),
            // ICE's 287(g) list: the agencies and the list's date (said in the summary) first, the full answer (every agency, the caveats) on "more".
            AnswerKinds.Local287g when answer.Summary is { } summary => WithMore(SpokenText.ForEar(summary, language), SpokenText.ForEar(answer.Text, language)),
            AnswerKinds.Extractive => Passages(answer, language),
            _ => Opening(SpokenText.ForEar(answer.Text, language), answer.Answered ? answer.AsOf : null, language),
        };
        return spoken with { Language = language };
    }

    private static SpokenAnswer Card(Answer answer, string summary, string language)
    {
        var opening = Join(SpokenText.ForEar(summary, language), VoicePrompts.AsOf(language, answer.AsOf));
        return WithMore(opening, SpokenText.ForEar(answer.Text, language));
    }

    private static SpokenAnswer DidYouMean(Answer answer, string language) =>
        new(VoicePrompts.DidYouMean(language), null, SpokenChoice.Numbered(answer.DidYouMean, language), false, []);

    /// <summary>
    /// The decline's own sentences (why, and what the bot can answer), then the legal-help
    /// directories by name, and the first one's web address said slowly: something a caller can note down.
    /// </summary>
    private SpokenAnswer Decline(Answer answer, string language)
    {
        var directories = index.Current.Manifest.LegalHelp.ToList();
        var names = directories.Select(s => s.Title).ToList();
        var lead = ReplyTexts.LegalHelpLead(language);
        var own = answer.Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('-') && l != lead);
        var address = directories.FirstOrDefault() is { } first ? SpokenAddress.Say(first.Url ?? first.ArchiveUrl, language, first.Title, first.Publisher) : null;
        var opening = Join(
            SpokenText.ForEar(string.Join('\n', own), language),
            VoicePrompts.LegalHelp(language, names.Select(n => SpokenText.ForEar(n, language).TrimEnd('.')).ToList()),
            address is null ? string.Empty : VoicePrompts.LegalHelpAddress(language, address, ofTheFirst: names.Count > 1));
        return new SpokenAnswer(opening, null, [], true, names);
    }

    /// <summary>Enforcement happening now: "press 1 to be connected" to the hotline, then the legal-help directories by name.</summary>
    private SpokenAnswer Urgent(UrgentHotline hotline, string language)
    {
        var names = index.Current.Manifest.LegalHelp.Select(s => s.Title).ToList();
        var opening = Join(VoicePrompts.UrgentConnect(language, SpokenText.ForEar(hotline.Name, language).TrimEnd('.')),
            VoicePrompts.LegalHelp(language, names.Select(n => SpokenText.ForEar(n, language).TrimEnd('.')).ToList()));
        return new SpokenAnswer(opening, null, [], true, names);
    }

    /// <summary>
    /// Quoted passages: the paper's own words, in English. An English call hears the lead and the
    /// quote's first sentences, the rest on "more"; a Spanish call is told they are in English
    /// and that the links can come by text, rather than hearing English in a Spanish voice.
    /// </summary>
    private static SpokenAnswer Passages(Answer answer, string language)
    {
        var lead = VoicePrompts.PassageLead(language, answer.AsOf);
        if (language == Language.Spanish || answer.Quote is null)
        {
            return new SpokenAnswer(lead, null, [], false, []);
        }
        var (first, rest) = SplitAt(SpokenText.ForEar(answer.Quote.Text, Language.English), MaxOpeningWords);
        return WithMore(Join(lead, first), rest);
    }

    /// <summary>Any other reply: its first sentences, the as-of date when something was answered, and the rest on "more".</summary>
    private static SpokenAnswer Opening(string text, string? asOf, string language)
    {
        var (first, rest) = SplitAt(text, MaxOpeningWords);
        return WithMore(Join(first, VoicePrompts.AsOf(language, asOf)), rest);
    }

    /// <summary>
    /// An answer that opens with <paramref name="opening"/> and has <paramref name="rest"/> to say on
    /// "more", in whole sentences: the first part fits with the opening in <see cref="MaxAnswerWords"/>,
    /// each later part in <see cref="MaxAnswerWords"/> alone. When it takes more than one part, the
    /// parts are about even: a last part of one sentence would be a "press 1" for almost nothing.
    /// </summary>
    private static SpokenAnswer WithMore(string opening, string? rest)
    {
        var first = Math.Max(MaxAnswerWords - SpokenText.CountWords(opening), MaxOpeningWords);
        var parts = Parts(rest, first, int.MaxValue);
        if (parts.Count > 1)
        {
            var even = (SpokenText.CountWords(rest!) / parts.Count) + EvenSlack;
            var evened = Parts(rest, Math.Min(first, even), even);
            parts = evened.Count == parts.Count ? evened : parts;
        }
        return new SpokenAnswer(opening, parts.FirstOrDefault(), [], false, []) { MoreParts = parts.Take(MaxMoreParts).ToList() };
    }

    /// <summary>How far past an even share a part may run, so that sentence ends still fit.</summary>
    private const int EvenSlack = 10;

    private static List<string> Parts(string? rest, int firstWords, int evenWords)
    {
        var parts = new List<string>();
        var budget = firstWords;
        while (rest is not null)
        {
            (var part, rest) = SplitAt(rest, budget);
            parts.Add(part);
            budget = Math.Min(MaxAnswerWords, evenWords);
        }
        return parts;
    }

    /// <summary>Whole sentences of <paramref name="text"/> up to <paramref name="maxWords"/> (at least one), and the rest (null when none).</summary>
    internal static (string First, string? Remainder) SplitAt(string text, int maxWords)
    {
        var sentences = SpokenSentences.Split(text);
        var taken = 0;
        var words = 0;
        while (taken < sentences.Count && (taken == 0 || words + SpokenText.CountWords(sentences[taken]) <= maxWords))
        {
            words += SpokenText.CountWords(sentences[taken]);
            taken++;
        }
        var rest = string.Join(' ', sentences.Skip(taken));
        return (string.Join(' ', sentences.Take(taken)), rest.Length == 0 ? null : rest);
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
