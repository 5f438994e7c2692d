using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The app's ladder, bottom first: the connection to shared state (Redis) and what its stores share, what is counted and kept about questions (insights), the replies' rendering, the bot, what channels share, the
/// channels (which never use one another), the phone line (built on the SMS channel: its sender
/// keys and store, and its links, which it texts), and the other ways in (HTTP APIs, command line,
/// web pages). Everything on it may use the knowledge core below it.
/// </summary>
public static class BotLayers
{
    private const string Root = "KnowYourRights.Bot.";

    public static readonly IReadOnlyList<Layer> BottomUp =
    [
        new("State", [Root + "State"]),
        new("Insights", [Root + "Insights"]),
        new("Rendering", [Root + "Rendering"]),
        new("Bot", [Root + "Bots"]),
        new("Channels.Shared", [Root + "Channels.Shared"]),
        new("Channels", [Root + "Channels.BotFramework", Root + "Channels.DirectLine", Root + "Channels.Sms"], NeighboursMeet: false),
        new("Channels.Voice", [Root + "Channels.Voice"]),
        new("Api/Cli/Web", [Root + "Api", Root + "Cli", Root + "Web"]),
    ];
}
