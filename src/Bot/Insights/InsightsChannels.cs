namespace KnowYourRights.Bot.Insights;

/// <summary>
/// The channel names metrics and the log use: a channel id the app knows, "api" for
/// <c>/api/answer</c>, "page" for the simple <c>/ask</c> page, "voice" for the phone line, and "other" for anything else — a channel id arrives in the request, so
/// it is never copied into a metric or a row as it came.
/// </summary>
public static class InsightsChannels
{
    public const string Api = "api";
    public const string Page = "page";
    public const string Voice = "voice";
    public const string Other = "other";

    private static readonly string[] Known = ["directline", "webchat", "sms", "whatsapp", "emulator", "msteams", "facebook", "telegram", "slack", "test", Api, Page, Voice];

    public static string Name(string? channelId) =>
        Known.FirstOrDefault(k => string.Equals(k, channelId, StringComparison.OrdinalIgnoreCase)) ?? Other;
}
