using Twilio.TwiML;
using Twilio.TwiML.Voice;
using TwilioHttpMethod = Twilio.Http.HttpMethod;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// The TwiML of the phone line, built with the Twilio library's <see cref="VoiceResponse"/>: every
/// step is one <c>&lt;Gather&gt;</c> that listens for a key or speech while its <c>&lt;Say&gt;</c>s
/// play (a key pressed stops the speaking), or the goodbye and <c>&lt;Hangup&gt;</c>. Nothing
/// here records: no <c>&lt;Record&gt;</c>, no <c>record</c> attribute, no transcription.
/// </summary>
public static class VoiceTwiml
{
    /// <summary>The content type of every TwiML answer.</summary>
    public const string ContentType = "text/xml";

    /// <summary>
    /// Says <paramref name="lines"/> (in <paramref name="language"/> unless a line names its own)
    /// while listening for one key or speech in the call's language, then posts what it got, or
    /// nothing, to <paramref name="action"/>.
    /// </summary>
    public static VoiceResponse Listen(Uri action, string language, string hints, IEnumerable<VoiceLine> lines)
    {
        var gather = new Gather(
            input: [Gather.InputEnum.Dtmf, Gather.InputEnum.Speech],
            action: action,
            method: TwilioHttpMethod.Post,
            numDigits: 1,
            // Every key is a choice ("#" too: it is refused as not on the menu, not taken as "done").
            finishOnKey: string.Empty,
            speechTimeout: "auto",
            language: VoiceLanguages.GatherLanguage(language),
            hints: hints,
            // Silence posts too, so the call's step decides (say it again once, then goodbye).
            actionOnEmptyResult: true);
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
        {
            gather.Append(Say(line, language));
        }
        return new VoiceResponse().Append(gather);
    }

    /// <summary>Says <paramref name="lines"/> and hangs up.</summary>
    public static VoiceResponse End(string language, IEnumerable<VoiceLine> lines)
    {
        var response = new VoiceResponse();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
        {
            response.Append(Say(line, language));
        }
        return response.Hangup();
    }

    /// <summary>
    /// Says <paramref name="lines"/> and puts the call through to <paramref name="number"/> (the
    /// rapid-response hotline): a plain <c>&lt;Dial&gt;</c>, with no <c>record</c> attribute, so nothing of it is recorded.
    /// </summary>
    public static VoiceResponse Connect(string number, string language, IEnumerable<VoiceLine> lines)
    {
        var response = new VoiceResponse();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
        {
            response.Append(Say(line, language));
        }
        return response.Append(new Dial(number: number));
    }

    private static Say Say(VoiceLine line, string language)
    {
        var spoken = line.Language ?? language;
        return new Say(line.Text, voice: VoiceLanguages.SayVoice(spoken), language: VoiceLanguages.SayLanguage(spoken));
    }
}
