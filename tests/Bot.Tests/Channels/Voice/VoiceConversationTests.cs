using KnowYourRights.Bot.Tests.Bots;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>The mother's sequence on the phone line: each question said after pressing 3 ("another question"), read with the answer's topic.</summary>
public sealed class VoiceConversationTests(VoiceCallFlowTests.App app) : IClassFixture<VoiceCallFlowTests.App>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_mothers_four_questions_are_heard_as_four_different_answers()
    {
        var call = VoiceWebhook.NewCallSid();
        await _client.CallAsync(call);
        var heard = new List<string>();
        foreach (var question in ConversationSequenceTests.Mother)
        {
            if (heard.Count > 0)
            {
                await _client.AfterAnswerAsync(call, digits: "3");
            }
            heard.Add(string.Join(" ", (await _client.AtMenuAsync(call, speech: question)).Said()));
        }

        for (var i = 1; i < heard.Count; i++)
        {
            Assert.NotEqual(heard[i - 1], heard[i]);
        }
        Assert.Matches("(?i)detainer|hold", heard[0]);
        Assert.Matches("(?i)does not (say|give)", heard[1]);
        Assert.Matches("(?i)court", heard[3]);
    }
}
