using KnowYourRights.Bot.Channels.Shared;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Text;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Option 2 after an answer: its links, sent to the caller by text. The message is the SMS
/// channel's own SOURCES reply (<see cref="SmsAnswerRenderer.Sources"/>: a short name and a short
/// link <c>/s/{code}</c> per source), so it fits one message; after a decline, the legal-help
/// directories' links. The caller's number comes from the request it is sent for and goes
/// nowhere else.
/// </summary>
public sealed class VoiceLinkTexter(SmsAnswerRenderer sms, KnowledgeIndex index, TwilioMessageSender sender, IOptions<VoiceOptions> options)
{
    /// <summary>Whether links can be texted to <paramref name="caller"/>: texting is configured and the caller's number is a number (not withheld).</summary>
    public bool CanText(string? caller) => sender.Enabled && PhoneNumbers.IsE164(caller);

    /// <summary>The text with the answer's links, or null when it has none to send.</summary>
    public string? LinksFor(Answer answer)
    {
        var sources = answer.Kind == AnswerKinds.Decline ? LegalHelp() : answer.Citations;
        if (sources.Count == 0)
        {
            return null;
        }
        var lines = (sms.Sources(answer.Language, sources).Text ?? string.Empty).Split(SmsPlainText.ParagraphBreak).ToList();
        // Short links keep every answer's sources in one message; spelled-out links (no public
        // address configured) may not fit, and the last sources give way.
        while (lines.Count > 2 && !SmsSegments.Fits(string.Join(SmsPlainText.ParagraphBreak, lines)))
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return string.Join(SmsPlainText.ParagraphBreak, lines);
    }

    /// <summary>Sends the links to the caller, from the configured number or else the number they called.</summary>
    public Task<bool> SendAsync(string caller, string calledNumber, string links) =>
        sender.SendAsync(caller, string.IsNullOrWhiteSpace(options.Value.VoiceSmsFrom) ? calledNumber : options.Value.VoiceSmsFrom, links);

    /// <summary>The legal-help directories a decline names, as numbered sources.</summary>
    private List<AnswerCitation> LegalHelp() =>
        index.Current.Manifest.LegalHelp
            .Select((s, i) => new AnswerCitation(i + 1, s.Id, s.Title, s.Url ?? s.ArchiveUrl, s.Publisher, s.Date))
            .ToList();
}
