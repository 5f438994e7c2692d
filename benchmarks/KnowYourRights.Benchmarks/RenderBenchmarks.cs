using KnowYourRights.Bot.Channels.Twilio;
using BenchmarkDotNet.Attributes;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Schema;

namespace KnowYourRights.Benchmarks;

/// <summary>An answer card turned into the reply a channel sends: Markdown with suggested actions for Web Chat, GSM-7 plain text for SMS.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly WebChatAnswerRenderer _webChat = new(TimeProvider.System);
    // Short links as a deployment with a public address makes them.
    private readonly SmsAnswerRenderer _sms = new(SmsShortLinks.FromSeeds(BenchmarkIndex.SeedsFolder, new Uri("https://kyr-bot.azurewebsites.net/")));
    private Answer _answer = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var index = BenchmarkIndex.Build();
        _answer = index.Answers(semantic: false).Ask(Questions.Fixed);
    }

    [Benchmark(Description = "Web Chat reply (Markdown, suggested actions)")]
    public IMessageActivity WebChat() => _webChat.Answer(_answer, withNotice: true);

    [Benchmark(Description = "SMS reply (GSM-7 text, short sources)")]
    public IMessageActivity Sms() => _sms.Answer(_answer, withNotice: true);
}
