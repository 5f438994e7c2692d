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
    /// The most words <see cref="SpokenAnswer.More"/> holds: about 50 seconds at the 160 words a
    /// minute of a phone voice. A caller who must wait longer than a minute for the menu hangs up;
    /// the rest of a longer text is in the links by text.
    /// </summary>
    public const int MaxMoreWords = 130;

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
            AnswerKinds.Card when answer.Summary is { } summary => Card(answer, summary, language),
            AnswerKinds.Extractive => Passages(answer, language),
            _ => Opening(SpokenText.ForEar(answer.Text, language), answer.Answered ? answer.AsOf : null, language),
        };
        return spoken with { Language = language };
    }

    private static SpokenAnswer Card(Answer answer, string summary, string language)
    {
        var opening = Join(SpokenText.ForEar(summary, language), VoicePrompts.AsOf(language, answer.AsOf));
        return new SpokenAnswer(opening, Limit(SpokenText.ForEar(answer.Text, language), MaxMoreWords), [], false, []);
    }

    private static SpokenAnswer DidYouMean(Answer answer, string language) =>
        new(VoicePrompts.DidYouMean(language), null, SpokenChoice.Numbered(answer.DidYouMean, language), false, []);

    /// <summary>The decline's own sentences (why, and what the bot can answer), then the legal-help directories by name.</summary>
    private SpokenAnswer Decline(Answer answer, string language)
    {
        var names = index.Current.Manifest.LegalHelp.Select(s => s.Title).ToList();
        var lead = ReplyTexts.LegalHelpLead(language);
        var own = answer.Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('-') && l != lead);
        var opening = Join(SpokenText.ForEar(string.Join('\n', own), language), VoicePrompts.LegalHelp(language, names.Select(n => SpokenText.ForEar(n, language).TrimEnd('.')).ToList()));
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
        return new SpokenAnswer(Join(lead, first), rest is null ? null : Limit(rest, MaxMoreWords), [], false, []);
    }

    /// <summary>Any other reply: its first sentences, the as-of date when something was answered, and the rest on "more".</summary>
    private static SpokenAnswer Opening(string text, string? asOf, string language)
    {
        var (first, rest) = SplitAt(text, MaxOpeningWords);
        return new SpokenAnswer(Join(first, VoicePrompts.AsOf(language, asOf)), rest is null ? null : Limit(rest, MaxMoreWords), [], false, []);
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

    /// <summary>Whole sentences of <paramref name="text"/> up to <paramref name="maxWords"/>: what fits in well under a minute.</summary>
    internal static string Limit(string text, int maxWords) => SplitAt(text, maxWords).First;

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
