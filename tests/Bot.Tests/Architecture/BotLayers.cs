using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The app's ladder, bottom first: the connection to shared state (Redis) and the one choice of
/// where stores live (State), what the whole app uses (Hosting: its public address and links,
/// rate limits), what is counted and kept about questions (Insights), the replies' rendering, the
/// bot, what channels share, Twilio (what SMS and the phone line share: its options, the webhook
/// check, senders' keys and state, short links, the sender of texts), the channels (which never
/// use one another), and the other ways in (HTTP APIs, command line, web pages). Everything on it
/// may use the knowledge core below it.
/// </summary>
public static class BotLayers
{
    private const string Root = "KnowYourRights.Bot.";

    public static readonly IReadOnlyList<Layer> BottomUp =
    [
        new("State", [Root + "State"]),
        new("Hosting", [Root + "Hosting"]),
        new("Insights", [Root + "Insights"]),
        new("Rendering", [Root + "Rendering"]),
        new("Bots", [Root + "Bots"]),
        new("Channels.Shared", [Root + "Channels.Shared"]),
        new("Channels.Twilio", [Root + "Channels.Twilio"]),
        new("Channels", [Root + "Channels.BotFramework", Root + "Channels.DirectLine", Root + "Channels.Sms", Root + "Channels.Voice"], NeighboursMeet: false),
        new("Api/Cli/Web", [Root + "Api", Root + "Cli", Root + "Web"]),
    ];
}
