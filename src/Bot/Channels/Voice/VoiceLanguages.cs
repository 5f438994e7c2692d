using KnowYourRights.Knowledge.Text;
using Gather = Twilio.TwiML.Voice.Gather;
using Say = Twilio.TwiML.Voice.Say;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The call's two languages: the bot's "en" and "es", the BCP-47 tags Twilio's speech recognition
/// and text-to-speech take (<c>en-US</c>, <c>es-US</c>: US Spanish, the Spanish callers here
/// speak), and the <c>&lt;Say&gt;</c> voice for each.
/// </summary>
public static class VoiceLanguages
{
    /// <summary>Twilio's tag for US English.</summary>
    public const string EnglishLocale = "en-US";

    /// <summary>Twilio's tag for US Spanish.</summary>
    public const string SpanishLocale = "es-US";

    /// <summary>"es" for Spanish (any "es…" tag), else "en": the call's language from whatever was stored or posted.</summary>
    public static string Normalize(string? language) =>
        language is not null && language.StartsWith(Language.Spanish, StringComparison.OrdinalIgnoreCase) ? Language.Spanish : Language.English;

    /// <summary>The other language: the one "press 9" switches to.</summary>
    public static string Other(string language) => IsSpanish(language) ? Language.English : Language.Spanish;

    /// <summary>"en-US" or "es-US".</summary>
    public static string Locale(string language) => IsSpanish(language) ? SpanishLocale : EnglishLocale;

    /// <summary>The <c>language</c> of a <c>&lt;Say&gt;</c> in <paramref name="language"/>.</summary>
    public static Say.LanguageEnum SayLanguage(string language) => IsSpanish(language) ? Say.LanguageEnum.EsUs : Say.LanguageEnum.EnUs;

    /// <summary>The <c>language</c> of a <c>&lt;Gather&gt;</c> that listens for <paramref name="language"/>.</summary>
    public static Gather.LanguageEnum GatherLanguage(string language) => IsSpanish(language) ? Gather.LanguageEnum.EsUs : Gather.LanguageEnum.EnUs;

    /// <summary>
    /// The <c>&lt;Say&gt;</c> voice: Amazon Polly's neural US voices (Joanna, Lupe), which Twilio
    /// offers by name and which read the plain text of <see cref="SpokenText"/> without SSML.
    /// </summary>
    public static Say.VoiceEnum SayVoice(string language) => IsSpanish(language) ? Say.VoiceEnum.PollyLupeNeural : Say.VoiceEnum.PollyJoannaNeural;

    private static bool IsSpanish(string language) => Normalize(language) == Language.Spanish;
}
