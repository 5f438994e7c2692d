using KnowYourRights.Bot.Rendering;
using KnowYourRights.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ConnectorChannels = Microsoft.Bot.Connector.Channels;

namespace KnowYourRights.Bot.Tests.Rendering;

public sealed class ReplyRendererSelectorTests
{
    private readonly WebChatAnswerRenderer _webChat = new(TimeProvider.System);

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("sms")]
    [InlineData(null)]
    public void Uses_web_chat_when_no_other_renderer_is_registered(string? channelId)
    {
        var selector = new ReplyRendererSelector([_webChat], _webChat);

        Assert.Same(_webChat, selector.For(channelId));
    }

    [Fact]
    public void Uses_a_channels_own_renderer_when_one_is_registered()
    {
        var sms = new PlainTextRenderer();
        var selector = new ReplyRendererSelector([_webChat, sms], _webChat);

        Assert.Same(sms, selector.For("sms"));
        Assert.Same(_webChat, selector.For("webchat"));
    }

    /// <summary>The shape an SMS renderer will have.</summary>
    private sealed class PlainTextRenderer : IReplyRenderer
    {
        public bool Handles(string channelId) => channelId == ConnectorChannels.Sms;

        public IMessageActivity Answer(Answer answer, bool withNotice) => MessageFactory.Text(answer.Text);

        public IMessageActivity Welcome(string language, IReadOnlyList<AnswerChoice> menu, string? notice) => MessageFactory.Text("hi");

        public IMessageActivity Sources(string language, IReadOnlyList<AnswerCitation> sources) => MessageFactory.Text("sources");

        public IMessageActivity NoneOfThese(string language, IReadOnlyList<AnswerChoice> menu) => MessageFactory.Text("ok");
    }
}
