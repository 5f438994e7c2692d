using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowYourRights.Bot.Tests.Channels.DirectLine;
using KnowYourRights.Bot.Tests.Cli;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests;

/// <summary>
/// A 3,000-character story (over the old 2,000-character limit) is answered from the question in
/// it on every channel: Direct Line (the web chat), SMS, the /ask page, /api/answer and the command line.
/// The byte limits against abuse stay (see the channels' limit tests).
/// </summary>
[Trait("Category", "Slow")]
public sealed class LongStoryTests(LongStoryTests.Fixture app) : IClassFixture<LongStoryTests.Fixture>
{
    public sealed class Fixture : TestAppFactory
    {
        public Fixture() => UseRealBot = true;
    }

    /// <summary>About 3,000 characters of story, ending in the question.</summary>
    public static readonly string Story = MakeStory();

    private const string Expected = "A detainer is a request from ICE";

    private static string MakeStory()
    {
        var story = new StringBuilder("sorry this is long, i dont know who else to ask. ");
        while (story.Length < 2900)
        {
            story.Append("we came here many years ago and my kids go to school here and we both work hard every day. ");
        }
        return story.Append("Now my brother is in the county jail and they said ICE put a hold on him. What is an ICE detainer?").ToString();
    }

    [Fact]
    public async Task Over_direct_line_as_web_chat_sends_it()
    {
        Assert.InRange(Story.Length, 2901, 3200);
        var client = new DirectLineClient(app.CreateClient());
        var conversation = await client.StartAsync();
        var (_, watermark) = await client.ActivitiesAsync(conversation);

        using var posted = await client.PostMessageAsync(conversation, Story, "story-1");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        var (activities, _) = await client.ActivitiesAsync(conversation, watermark);
        var answer = activities.Last(a => a.GetProperty("type").GetString() == "message");
        Assert.Contains(Expected, answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_sms()
    {
        using var sms = new SmsConversation();

        var reply = string.Join("\n", await sms.SayAsync(Story));

        Assert.Matches("(?i)detainer", reply);
        Assert.DoesNotContain("longer than", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task On_the_ask_page()
    {
        var response = await app.CreateClient().GetAsync("/ask?q=" + Uri.EscapeDataString(Story));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_answer_api()
    {
        var answer = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/answer?q=" + Uri.EscapeDataString(Story));

        Assert.Equal("detainers", answer.GetProperty("cardId").GetString());
    }

    [Fact]
    public async Task From_the_command_line()
    {
        var scratch = Directory.CreateTempSubdirectory("kyr-story-").FullName;
        try
        {
            var (exit, output, error) = await BotExecutable.RunAsync(scratch, null, "ask", Story, "--json", "--data", TestKnowledge.Shared.DataPath);

            Assert.True(exit == 0, error);
            Assert.Equal("detainers", JsonDocument.Parse(output).RootElement.GetProperty("cardId").GetString());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
