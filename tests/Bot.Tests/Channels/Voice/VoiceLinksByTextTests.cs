using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>Option 2, "the links by text message", against a local fake of Twilio's REST API: what is sent, to whom, and when it is offered.</summary>
public sealed class VoiceLinksByTextTests : IAsyncLifetime
{
    private readonly string _call = VoiceWebhook.NewCallSid();
    private FakeTwilioApi _twilio = null!;

    public async Task InitializeAsync() => _twilio = await FakeTwilioApi.StartAsync();

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    [Fact]
    public async Task Two_texts_the_answers_sources_as_short_links_in_one_message_to_the_caller()
    {
        using var app = VoiceWebhook.App(twilioApi: _twilio);
        using var client = app.CreateClient();

        var (answer, sent) = await AnswerThenTwoAsync(client, _call, speech: "What is a detainer?");

        Assert.Equal(VoicePrompts.AfterAnswer(Language.English, canHearMore: true, canTextLinks: true), answer.Said()[^1]);
        var text = Assert.Single(_twilio.Sent);
        Assert.Equal(VoiceWebhook.AccountSid, text.AccountSid);
        Assert.Equal(VoiceWebhook.AccountSid, text.User);
        Assert.Equal(VoiceWebhook.Caller, text.To);
        // No number of its own configured: from the number the caller called.
        Assert.Equal(VoiceWebhook.LineNumber, text.From);
        Assert.Contains(VoiceWebhook.PublicBase + "s/", text.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("aclu.org", text.Body, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(text.Body, 1), $"{SmsSegments.Count(text.Body)} segments: {text.Body}");
        Assert.Equal([VoicePrompts.LinksSent(Language.English), VoicePrompts.AfterAnswer(Language.English, canHearMore: true, canTextLinks: true)], sent.Said());
    }

    [Fact]
    public async Task Every_menu_topics_links_fit_one_message()
    {
        using var app = VoiceWebhook.App(twilioApi: _twilio);
        using var client = app.CreateClient();
        var topics = TestKnowledge.Shared.Menu.Choices().Count;

        for (var digit = 1; digit <= topics; digit++)
        {
            await AnswerThenTwoAsync(client, VoiceWebhook.NewCallSid(), digits: digit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(topics, _twilio.Sent.Count);
        Assert.All(_twilio.Sent, text => Assert.True(SmsSegments.Fits(text.Body, 1), $"{SmsSegments.Count(text.Body)} segments: {text.Body}"));
    }

    [Fact]
    public async Task After_a_decline_two_texts_the_legal_help_directories_links()
    {
        using var app = VoiceWebhook.App(twilioApi: _twilio);
        using var client = app.CreateClient();

        var (decline, _) = await AnswerThenTwoAsync(client, _call, speech: "How do I renew my passport?");

        Assert.Contains(VoicePrompts.OfferLegalHelpLinks(Language.English), decline.Said());
        var text = Assert.Single(_twilio.Sent);
        var directories = TestKnowledge.Shared.Index.Current.Manifest.LegalHelp.Count();
        Assert.Equal(directories, text.Body.Split(VoiceWebhook.PublicBase + "s/").Length - 1);
        Assert.True(SmsSegments.Fits(text.Body));
    }

    [Fact]
    public async Task A_configured_number_and_api_key_send_the_text()
    {
        using var app = VoiceWebhook.App(twilioApi: _twilio);
        app.Settings["Twilio:VoiceSmsFrom"] = "+15550100100";
        app.Settings["Twilio:ApiKeySid"] = "SK0123456789abcdef0123456789abcdef";
        app.Settings["Twilio:ApiKeySecret"] = "api-key-secret";
        using var client = app.CreateClient();

        await AnswerThenTwoAsync(client, _call, digits: "1");

        var text = Assert.Single(_twilio.Sent);
        Assert.Equal("+15550100100", text.From);
        Assert.Equal("SK0123456789abcdef0123456789abcdef", text.User);
        Assert.Equal(VoiceWebhook.AccountSid, text.AccountSid);
    }

    [Fact]
    public async Task With_a_withheld_number_option_two_says_to_call_from_a_phone_that_can_receive_texts()
    {
        using var app = VoiceWebhook.App(twilioApi: _twilio);
        using var client = app.CreateClient();

        var (answer, two) = await AnswerThenTwoAsync(client, VoiceWebhook.NewCallSid(), speech: "What is a detainer?", from: "anonymous");

        var withoutTexting = VoicePrompts.CallFromAPhoneThatGetsTexts(Language.English);
        Assert.Equal(VoicePrompts.AfterAnswer(Language.English, canHearMore: true, canTextLinks: false, withoutTexting), answer.Said()[^1]);
        Assert.Contains("To get these links by text, call from a phone that can receive texts.", answer.Said()[^1], StringComparison.Ordinal);
        Assert.Equal(withoutTexting, two.Said()[0]);
        Assert.DoesNotContain(VoicePrompts.NotOnMenu(Language.English), two.Said());
        Assert.Empty(_twilio.Sent);
    }

    [Fact]
    public async Task Without_an_account_option_two_says_the_configured_alternative_or_that_texting_is_unavailable()
    {
        using var plain = VoiceWebhook.App();
        using var configured = VoiceWebhook.App();
        configured.Settings["Twilio:VoiceLinksWithoutTexting"] = "To get these links, ask at our office.";
        configured.Settings["Twilio:VoiceLinksWithoutTextingEs"] = "Para recibir estos enlaces, pídalos en nuestra oficina.";

        using var plainClient = plain.CreateClient();
        var (answer, two) = await AnswerThenTwoAsync(plainClient, VoiceWebhook.NewCallSid(), speech: "What is a detainer?");
        // The line cannot text anyone: no "call from another phone", and 2 says so rather than "not on the menu".
        Assert.Equal(VoicePrompts.AfterAnswer(Language.English, canHearMore: true, canTextLinks: false), answer.Said()[^1]);
        Assert.Equal(VoicePrompts.TextingUnavailable(Language.English), two.Said()[0]);

        using var configuredClient = configured.CreateClient();
        (answer, two) = await AnswerThenTwoAsync(configuredClient, VoiceWebhook.NewCallSid(), speech: "What is a detainer?");
        Assert.Contains("To get these links, ask at our office.", answer.Said()[^1], StringComparison.Ordinal);
        Assert.Equal("To get these links, ask at our office.", two.Said()[0]);

        var call = VoiceWebhook.NewCallSid();
        await configuredClient.CallAsync(call);
        await configuredClient.AtMenuAsync(call, digits: "9");
        await configuredClient.AtMenuAsync(call, digits: "1");
        var spanish = await configuredClient.AfterAnswerAsync(call, digits: "2");
        Assert.Equal("Para recibir estos enlaces, pídalos en nuestra oficina.", spanish.Said()[0]);
    }

    [Fact]
    public async Task A_text_twilio_refuses_is_said_to_have_failed_and_the_log_names_no_number()
    {
        var logs = new LogCapture();
        using var app = VoiceWebhook.App(logs, twilioApi: _twilio);
        using var client = app.CreateClient();
        await client.CallAsync(_call);
        await client.AtMenuAsync(_call, digits: "1");
        _twilio.Refuse = true;

        var failed = await client.AfterAnswerAsync(_call, digits: "2");

        Assert.Equal(VoicePrompts.TextingUnavailable(Language.English), failed.Said()[0]);
        Assert.Contains(logs.Entries, e => e.Contains("Could not send a text", StringComparison.Ordinal) && e.Contains("21211", StringComparison.Ordinal));
        Assert.DoesNotContain("5557654321", logs.All, StringComparison.Ordinal);
    }

    /// <summary>A call: an answer to a key or a question at the menu, then 2 (the links by text).</summary>
    private static async Task<(XElement Answer, XElement AfterTwo)> AnswerThenTwoAsync(HttpClient client, string call, string? digits = null, string? speech = null, string from = VoiceWebhook.Caller)
    {
        await client.CallAsync(call, from);
        var answer = await client.AtMenuAsync(call, digits, speech, from);
        return (answer, await client.AfterAnswerAsync(call, digits: "2", from: from));
    }
}
