using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// One SMS conversation as Azure's Twilio channel delivers it: channel "sms", the phone number as
/// from.id and conversation.id, through the real SMS middleware (sender key, then the SMS
/// conversation) and the real bot with the SMS renderer, over the SDK's TestAdapter. The bot's
/// conversation state is in a MemoryStorage whose dictionary the test can read.
/// </summary>
public sealed class SmsConversation : IDisposable
{
    public const string PhoneNumber = "+15551234567";

    /// <summary>A public address as long as a real one: an App Service's default host name.</summary>
    public const string PublicBase = "https://kyr-bot.azurewebsites.net";

    /// <summary>The app's short links over the test seeds, under <see cref="PublicBase"/>.</summary>
    public static SmsShortLinks Links { get; } = SmsShortLinks.FromSeeds(TestKnowledge.SeedsPath, new Uri(PublicBase));

    public SmsConversation(SmsOptions? options = null, TimeProvider? time = null, string phoneNumber = PhoneNumber)
    {
        var smsOptions = Microsoft.Extensions.Options.Options.Create(options ?? new SmsOptions { HelpContact = "kyr.example.org, 555-0100" });
        State = new ConversationState(new MemoryStorage(Storage));
        Keys = new SmsSenderKeys(smsOptions);
        Store = new MemorySmsSenderStore(smsOptions, State, NullLogger<SmsSenderStore>.Instance, time);
        var reference = new ConversationReference
        {
            ChannelId = ConnectorChannels.Sms,
            ServiceUrl = "https://sms.botframework.com/",
            User = new ChannelAccount(phoneNumber, phoneNumber),
            Bot = new ChannelAccount("+15550009999", "bot"),
            Conversation = new ConversationAccount(id: phoneNumber),
        };
        Adapter = new TestAdapter(reference);
        Adapter.Use(new SmsSenderKeyMiddleware(Keys));
        Adapter.Use(new SmsConversationMiddleware(Store, smsOptions, NullLogger<SmsConversationMiddleware>.Instance));
        Bot = BotConversation.CreateBot(State, new SmsAnswerRenderer(Links));
    }

    /// <summary>The bot's conversation state storage, by key.</summary>
    public Dictionary<string, JObject> Storage { get; } = [];

    public ConversationState State { get; }

    public SmsSenderKeys Keys { get; }

    public MemorySmsSenderStore Store { get; }

    public TestAdapter Adapter { get; }

    public KnowYourRightsBot Bot { get; }

    public string SenderKey => Keys.For(Adapter.Conversation.User.Id);

    /// <summary>True when <paramref name="message"/> ends by offering more on MORE: a page's prompt, or the full answer after a summary.</summary>
    public static bool OffersMore(string message) =>
        new[] { Language.English, Language.Spanish }.Any(language =>
            message.EndsWith(SmsReplyTexts.MorePrompt(language), StringComparison.Ordinal)
            || message.EndsWith(SmsReplyTexts.FullAnswerPrompt(language), StringComparison.Ordinal));

    /// <summary>The texts of every message the bot sends back, in order.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain().Select(a => a.AsMessageActivity()?.Text ?? string.Empty).ToList();
    }

    /// <summary>The one message the bot sends back.</summary>
    public async Task<string> SayOneAsync(string text) => Assert.Single(await SayAsync(text));

    /// <summary>Every activity the bot sent since the last call (typing included, had any got through).</summary>
    public List<IActivity> Drain()
    {
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }

    public void Dispose() => Store.Dispose();
}
