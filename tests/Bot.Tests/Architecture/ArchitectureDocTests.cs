using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>docs/architecture.md tells the app's ladder the direction tests enforce (<see cref="BotLayers"/>).</summary>
public sealed class ArchitectureDocTests
{
    [Fact]
    public void The_docs_bot_ladder_is_the_one_the_direction_tests_enforce()
    {
        var documented = ArchitectureDoc.Ladder(File.ReadAllText(ArchitectureDoc.FilePath()), "bot", "KnowYourRights.Bot.");

        Assert.Equal(ArchitectureDoc.Rungs(BotLayers.BottomUp.Select(l => l.Namespaces)), ArchitectureDoc.Rungs(documented));
    }

    [Fact]
    public void A_ladder_is_read_from_its_table_bottom_first_with_every_folder_of_a_rung()
    {
        const string Markdown = """
            # Title
            <!-- layers:bot (bottom first) -->
            | Rung | Folders | Purpose |
            | --- | --- | --- |
            | 1 | `State` | state |
            | 2 | `Channels/Sms` `Channels/Voice` | channels |

            | 1 | `Later` | another table |
            """;

        var ladder = ArchitectureDoc.Ladder(Markdown, "bot", "R.");

        Assert.Equal(["R.State", "R.Channels.Sms R.Channels.Voice"], ArchitectureDoc.Rungs(ladder));
        Assert.Empty(ArchitectureDoc.Ladder(Markdown, "knowledge", "R."));
    }
}
