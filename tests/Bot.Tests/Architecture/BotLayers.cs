using KnowYourRights.Knowledge.Tests.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The app's ladder, bottom first: what is counted and kept about questions (insights), the replies' rendering, the bot, what channels share, the
/// channels (which never use one another), and the other ways in (HTTP APIs, command line, web
/// pages). Everything on it may use the knowledge core below it.
/// </summary>
public static class BotLayers
{
    private const string Root = "KnowYourRights.Bot.";

    public static readonly IReadOnlyList<Layer> BottomUp =
    [
        new("Insights", [Root + "Insights"]),
        new("Rendering", [Root + "Rendering"]),
        new("Bot", [Root + "Bots"]),
        new("Channels.Shared", [Root + "Channels.Shared"]),
        new("Channels", [Root + "Channels.BotFramework", Root + "Channels.DirectLine", Root + "Channels.Sms", Root + "Channels.Voice"], NeighboursMeet: false),
        new("Api/Cli/Web", [Root + "Api", Root + "Cli", Root + "Web"]),
    ];
}
