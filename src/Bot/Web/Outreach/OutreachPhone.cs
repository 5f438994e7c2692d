using System.Text.Encodings.Web;
using KnowYourRights.Bot.Channels.Shared;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>The phone line's number as the outreach kit shows it: readable, and a <c>tel:</c> link a phone dials with one tap.</summary>
internal static class OutreachPhone
{
    /// <param name="e164">The number, validated as E.164 at start (<see cref="OutreachOptions.VoiceNumber"/>).</param>
    /// <param name="strong">Bold, for the flyer.</param>
    public static string Link(string e164, bool strong = false)
    {
        var h = HtmlEncoder.Default;
        var shown = h.Encode(PhoneNumbers.ForDisplay(e164));
        // "+" and digits only (validated at start): safe in an attribute as it is, and HtmlEncoder would write "+" as "&#x2B;".
        return $"<a href=\"tel:{e164}\">{(strong ? $"<strong>{shown}</strong>" : shown)}</a>";
    }
}
