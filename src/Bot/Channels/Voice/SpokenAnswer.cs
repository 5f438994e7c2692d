namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>An answer as it is said on the phone, in parts the call plays one at a time. Every text is made for the ear.</summary>
/// <param name="Opening">
/// What is said first: a card's summary and its as-of date; for other answers their first
/// sentences (and the as-of date when something was answered); for a decline, why, and the names
/// of the legal-help directories; for did-you-mean, the lead-in to <see cref="Choices"/>.
/// </param>
/// <param name="More">
/// The rest, for "press 1 to hear more"; null when there is nothing more. <see cref="Opening"/> and
/// <see cref="More"/> together play in under a minute; a longer rest goes on in <see cref="MoreParts"/>.
/// </param>
/// <param name="Choices">Did-you-mean cards as numbered options ("press 1 for …"); empty otherwise.</param>
/// <param name="Declined">True when the sources do not support an answer (the call then offers to text the legal-help links).</param>
/// <param name="LegalHelp">On a decline, the names of the legal-help directories <see cref="Opening"/> says (their links go by text); empty otherwise.</param>
public sealed record SpokenAnswer(
    string Opening,
    string? More,
    IReadOnlyList<SpokenChoice> Choices,
    bool Declined,
    IReadOnlyList<string> LegalHelp)
{
    /// <summary>The answer's language, "en" or "es": the language to say it in.</summary>
    public string Language { get; init; } = Knowledge.Text.Language.English;

    /// <summary>
    /// The rest in the parts "more" says it in, each under a minute: <see cref="More"/> first, then
    /// what "press 1 to hear more" says the next times. Empty when there is nothing more; usually one part.
    /// </summary>
    public IReadOnlyList<string> MoreParts { get; init; } = [];
}
