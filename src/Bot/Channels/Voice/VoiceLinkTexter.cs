using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Option 2 after an answer: its links, sent to the caller by text. The message is made of the
/// SMS channel's parts: its "Sources:" label, each source's short name and its short link
/// (<see cref="SmsShortLinks"/>, <c>/s/{code}</c>), one a line, so that it fits one message;
/// after a decline, the legal-help directories' links. No <c>[n]</c> numbers, unlike an SMS
/// conversation's SOURCES: the caller heard no markers to match them with, and in GSM-7 each
/// bracket costs two characters. The caller's number comes from the request the text is sent
/// for and goes nowhere else.
/// </summary>
public sealed class VoiceLinkTexter(SmsShortLinks links, KnowledgeIndex index, TwilioMessageSender sender, IOptions<TwilioOptions> options)
{
    /// <summary>Whether links can be texted to <paramref name="caller"/>: texting is configured and the caller's number is a number (not withheld).</summary>
    public bool CanText(string? caller) => sender.Enabled && PhoneNumbers.IsE164(caller);

    /// <summary>
    /// What option 2 says when the links cannot be texted to this caller: the configured words
    /// (<see cref="TwilioOptions.VoiceLinksWithoutTexting"/>) or, when the line can text but not
    /// this caller (a withheld number), "call from a phone that can receive texts". Null when there is nothing to say.
    /// </summary>
    public string? WithoutTexting(string language)
    {
        var configured = VoiceLanguages.Normalize(language) == Language.Spanish ? options.Value.VoiceLinksWithoutTextingEs : options.Value.VoiceLinksWithoutTexting;
        return !string.IsNullOrWhiteSpace(configured) ? SpokenText.ForEar(configured, language)
            : sender.Enabled ? VoicePrompts.CallFromAPhoneThatGetsTexts(language)
            : null;
    }

    /// <summary>The text with the answer's links, or null when it has none to send.</summary>
    public string? LinksFor(Answer answer)
    {
        var sources = answer.Kind == AnswerKinds.Decline ? LegalHelp() : answer.Citations;
        if (sources.Count == 0)
        {
            return null;
        }
        var lines = new List<string> { SmsSourceNames.Label(answer.Language) };
        foreach (var source in sources.OrderBy(s => s.Number))
        {
            // The source's own link, in full, only when no public address is known for short links.
            var link = links.LinkFor(source) ?? (links.BaseUrl is null ? source.Url : null);
            var name = SmsSourceNames.Short(source, answer.Language);
            lines.Add(SmsPlainText.Plain(link is null ? name : name + " " + link));
        }
        // Spelled-out links may not fit one message: the last sources give way.
        while (lines.Count > 2 && !SmsSegments.Fits(string.Join('\n', lines)))
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return string.Join('\n', lines);
    }

    /// <summary>Sends the links to the caller, from the configured number or else the number they called.</summary>
    public Task<bool> SendAsync(string caller, string calledNumber, string text) =>
        sender.SendAsync(caller, string.IsNullOrWhiteSpace(options.Value.VoiceSmsFrom) ? calledNumber : options.Value.VoiceSmsFrom, text);

    /// <summary>The legal-help directories a decline names, as numbered sources.</summary>
    private List<AnswerCitation> LegalHelp() =>
        index.Current.Manifest.LegalHelp
            .Select((s, i) => new AnswerCitation(i + 1, s.Id, s.Title, s.Url ?? s.ArchiveUrl, s.Publisher, s.Date))
            .ToList();
}
