using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        using var sms = new SmsConversation();
        foreach (var text in new[] { "What is an ICE detainer?", "MORE", "MORE", "MORE", "1", "SOURCES", "MORE", "HELP", "¿Qué es un detainer de ICE?", "MAS", "MAS", "MAS", "MAS", "MAS", "MAS", "MAS", "MAS", "menu", "MORE", "STOP", "hello", "START" })
        {
            output.WriteLine(">>> " + text);
            foreach (var reply in await sms.SayAsync(text))
            {
                output.WriteLine($"--- [{SmsSegments.Count(reply)} seg, {SmsSegments.EncodingOf(reply)}, {reply.Length} ch]\n" + reply);
            }
        }
        output.WriteLine(string.Join("\n", sms.Storage.Keys));
    }
}
