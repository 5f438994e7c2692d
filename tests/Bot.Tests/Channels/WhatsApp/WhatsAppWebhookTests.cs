using System.Net;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// WhatsApp through a Twilio WhatsApp sender: signed posts to the same <c>/api/sms</c> webhook with
/// <c>whatsapp:</c> addresses, through the whole app. Answers come whole, under a <c>*bold*</c>
/// heading, with no SMS paging; the keywords work as on SMS.
/// </summary>
public sealed class WhatsAppWebhookTests
{
    private const string Number = "+15557654321";

    [Fact]
    public async Task A_question_gets_the_whole_answer_in_one_message_under_a_bold_heading()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        var message = Assert.Single(await client.WhatsAppAsync(Number, "What is an ICE detainer?"));

        Assert.StartsWith("*What is an ICE detainer?*\n\n", message, StringComparison.Ordinal);
        // The full answer (what SMS sends only on MORE), the source line and the notice, at once.
        Assert.Contains("ICE means Immigration and Customs Enforcement.", message, StringComparison.Ordinal);
        Assert.Contains("Sources: [1] ", message, StringComparison.Ordinal);
        Assert.Contains("Reply with a number:\n1) ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsReplyTexts.MorePrompt(Language.English), message, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsReplyTexts.FullAnswerPrompt(Language.English), message, StringComparison.Ordinal);
        Assert.True(message.Length <= WhatsAppMessageFormat.MaxLength, $"{message.Length} characters");
        // More than SMS's two segments: it was not paged.
        Assert.False(SmsSegments.Fits(message));
    }

    [Fact]
    public async Task A_conversation_of_question_more_sources_spanish_menu_number_help_stop_and_start()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        var spanish = Assert.Single(await client.WhatsAppAsync(Number, "¿Qué es un detainer de ICE?"));
        Assert.StartsWith("*¿Qué es un detainer de ICE?*\n\n", spanish, StringComparison.Ordinal);
        Assert.Contains("Fuentes: [1] ", spanish, StringComparison.Ordinal);
        // The answer was whole: nothing waits for MORE.
        Assert.Equal([SmsReplyTexts.NothingMore(Language.Spanish)], await client.WhatsAppAsync(Number, "MAS"));

        var english = Assert.Single(await client.WhatsAppAsync(Number, "What is a 287(g) agreement?"));
        Assert.StartsWith("*", english, StringComparison.Ordinal);
        Assert.Equal([SmsReplyTexts.NothingMore(Language.English)], await client.WhatsAppAsync(Number, "MORE"));
        var sources = Assert.Single(await client.WhatsAppAsync(Number, "SOURCES"));
        Assert.StartsWith("Sources", sources, StringComparison.Ordinal);
        // Plain links, which WhatsApp makes tappable.
        Assert.Contains(" https://kyr.example.org/s/", sources, StringComparison.Ordinal);

        var menu = Assert.Single(await client.WhatsAppAsync(Number, "menu"));
        Assert.Contains("\n1) ", menu, StringComparison.Ordinal);
        var picked = Assert.Single(await client.WhatsAppAsync(Number, "1"));
        Assert.StartsWith("*", picked, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsReplyTexts.MorePrompt(Language.Spanish), picked, StringComparison.Ordinal);
        Assert.DoesNotContain(SmsReplyTexts.MorePrompt(Language.English), picked, StringComparison.Ordinal);

        Assert.Equal([SmsReplyTexts.Help(Language.English, SmsWebhook.HelpContact)], await client.WhatsAppAsync(Number, "HELP"));
        Assert.Equal([SmsReplyTexts.Stopped(Language.English)], await client.WhatsAppAsync(Number, "STOP"));
        Assert.Empty(await client.WhatsAppAsync(Number, "What is an ICE detainer?"));
        var welcome = Assert.Single(await client.WhatsAppAsync(Number, "START"));
        Assert.StartsWith(SmsReplyTexts.Welcome(Language.English), welcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whatsapp_and_sms_from_one_number_are_two_senders()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();

        Assert.Equal([SmsReplyTexts.Stopped(Language.English)], await client.WhatsAppAsync(Number, "STOP"));

        // The STOP was WhatsApp's; SMS from the same number still gets its paged answer, summary first.
        var sms = Assert.Single(await client.TextAsync(Number, "What is an ICE detainer?"));
        Assert.EndsWith(SmsReplyTexts.FullAnswerPrompt(Language.English), sms, StringComparison.Ordinal);
        Assert.True(SmsSegments.Fits(sms));
    }

    [Fact]
    public async Task A_forged_or_missing_signature_is_refused_with_403()
    {
        using var app = SmsWebhook.App();
        using var client = app.CreateClient();
        var form = SmsWebhook.WhatsAppForm(Number, "STOP");

        using var forged = await client.PostSmsAsync(form, TwilioSignature.Compute("another-token", SmsWebhook.PublicUrl, form));
        using var missing = await client.PostSmsAsync(form, signature: string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        // Nothing changed: the sender was not opted out.
        using var real = app.CreateClient();
        Assert.NotEmpty(await real.WhatsAppAsync(Number, "What is an ICE detainer?"));
    }

    [Fact]
    public async Task Questions_are_counted_under_channel_whatsapp()
    {
        const string Key = "test-admin-key-0123456789";
        using var app = SmsWebhook.App();
        app.Settings["Admin:ApiKey"] = Key;
        using var client = app.CreateClient();

        // A card no other WhatsApp test asks: the meters are the process's, shared by the tests running beside this one.
        await client.WhatsAppAsync(Number, "Why did ICE raid Austin in 2017?");
        client.DefaultRequestHeaders.Add("X-Admin-Key", Key);
        var scrape = await client.GetStringAsync("/metrics");

        Assert.Matches(@"kyr_questions_total\{[^}]*card=""austin-raids"",channel=""whatsapp"",language=""en"",outcome=""card""[^}]*\} [1-9]", scrape);
    }

    [Fact]
    public void The_channel_is_told_by_the_sender_address()
    {
        Assert.Equal("whatsapp", TwilioTextChannels.For("whatsapp:+15557654321"));
        Assert.Equal("whatsapp", TwilioTextChannels.For("WhatsApp:+15557654321"));
        Assert.Equal("sms", TwilioTextChannels.For("+15557654321"));
        Assert.Equal("sms", TwilioTextChannels.For("+1 whatsapp"));
    }
}
