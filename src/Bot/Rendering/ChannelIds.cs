namespace KnowYourRights.Bot.Rendering;

/// <summary>Channel ids the bot renders for differently (Bot Framework's <c>Channels</c> has no constant for every one).</summary>
public static class ChannelIds
{
    /// <summary>Twilio and other SMS channels: plain text, no buttons, short messages.</summary>
    public const string Sms = "sms";
}
