using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>The app's code only reaches down its ladder (<see cref="BotLayers"/>): channels → bot → knowledge.</summary>
public sealed class LayerDirectionTests
{
    private static readonly IReadOnlyList<SourceFile> Sources = SourceTree.Read(Path.Combine(SourceTree.SourceFolder(), "Bot"));

    [Fact]
    public void The_app_layers_only_reference_layers_below_them() =>
        Findings.AssertNone(LayerDirection.Violations(BotLayers.BottomUp, Sources));

    [Fact]
    public void Every_layer_names_a_folder_that_exists() =>
        Findings.AssertNone(LayerDirection.Unused(BotLayers.BottomUp, Sources));

    // The checks themselves, on made-up files: each arrow the issue names is caught.
    [Theory]
    [InlineData("Bots", "using KnowYourRights.Bot.Channels.BotFramework;")]
    [InlineData("Bots", "using KnowYourRights.Bot.Channels.Shared;")]
    [InlineData("Rendering", "using KnowYourRights.Bot.Bots;")]
    [InlineData("Channels.Sms", "using KnowYourRights.Bot.Channels.BotFramework;")]
    [InlineData("Channels.DirectLine", "using KnowYourRights.Bot.Channels.Sms;")]
    [InlineData("Channels.BotFramework", "using KnowYourRights.Bot.Channels.DirectLine;")]
    [InlineData("Channels.Shared", "using KnowYourRights.Bot.Channels.Sms;")]
    [InlineData("Channels.Sms", "using KnowYourRights.Bot.Web;")]
    public void A_reference_up_or_to_another_channel_is_reported(string space, string directive)
    {
        var violations = LayerDirection.ViolationsIn(BotLayers.BottomUp, ("Low.cs", $"{directive}\nnamespace KnowYourRights.Bot.{space};\npublic static class Low;"));

        Assert.Single(violations);
        Assert.StartsWith("Low.cs: KnowYourRights.Bot." + space, violations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_using_what_channels_share_the_bot_and_the_knowledge_is_not_reported()
    {
        var violations = LayerDirection.ViolationsIn(BotLayers.BottomUp, (
            "Channels/Sms/SmsAdapter.cs",
            """
            using KnowYourRights.Bot.Bots;
                        using KnowYourRights.Bot.Rendering;
            using KnowYourRights.Knowledge.Answers;
            using ConnectorChannels = Microsoft.Bot.Connector.Channels;
            namespace KnowYourRights.Bot.Channels.Sms;
            class SmsAdapter { string Id = ConnectorChannels.Sms; object Language = Knowledge.Text.Language.English; }
            """));

        Assert.Empty(violations);
    }
}
