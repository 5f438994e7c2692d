using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Rendering;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels;

/// <summary>Enforcement happening now, on every channel: the configured hotline first, or no number at all.</summary>
public sealed class UrgentChannelsTests
{
    private const string Phone = "+15550100123";
    private const string Name = "Valley Rapid Response";
    private const string Urgent = "ICE agents are knocking on my door right now what do I do";

    private static TestAppFactory App(bool hotline)
    {
        var app = new TestAppFactory { UseRealClock = true };
        app.Settings["App:PublicBaseUrl"] = VoiceWebhook.PublicBase;
        app.Settings["Twilio:AuthToken"] = VoiceWebhook.AuthToken;
        app.Settings["Twilio:VoiceWebhookUrl"] = VoiceWebhook.PublicUrl;
        app.Settings["Urgent:HotlineName"] = hotline ? Name : null;
        app.Settings["Urgent:HotlinePhone"] = hotline ? Phone : null;
        return app;
    }

    [Fact]
    public async Task The_phone_line_offers_press_1_and_1_dials_the_hotline_without_recording()
    {
        await using var app = App(hotline: true);
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();
        await client.CallAsync(call);

        var answered = await client.AtMenuAsync(call, speech: "there are ice agents outside my house right now");
        var connected = await client.AfterAnswerAsync(call, digits: "1");

        Assert.StartsWith(VoicePrompts.UrgentConnect(Language.English, Name), Said(answered)[0], StringComparison.Ordinal);
        var dial = Assert.Single(connected.Descendants(), e => e.Name.LocalName == "Dial");
        Assert.Equal(Phone, dial.Value.Trim());
        Assert.Equal(VoicePrompts.Connecting(Language.English), Said(connected)[0]);
        Assert.DoesNotContain(connected.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.Contains("record", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(connected.DescendantsAndSelf(), e => e.Name.LocalName is "Record" or "Gather");
    }

    [Fact]
    public async Task Without_a_hotline_the_phone_line_never_dials_and_names_the_directories()
    {
        await using var app = App(hotline: false);
        using var client = app.CreateClient();
        var call = VoiceWebhook.NewCallSid();
        await client.CallAsync(call);

        var answered = await client.AtMenuAsync(call, speech: "there are ice agents outside my house right now");
        var pressed = await client.AfterAnswerAsync(call, digits: "1");

        Assert.Contains("local rapid-response hotline", Said(answered)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(answered.Descendants().Concat(pressed.Descendants()), e => e.Name.LocalName == "Dial");
    }

    [Fact]
    public async Task The_ask_page_puts_the_hotline_at_the_top_as_a_tel_link_and_the_api_leads_with_it()
    {
        await using var app = App(hotline: true);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString(Urgent));
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString(Urgent)));

        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..];
        Assert.True(main.IndexOf("href=\"tel:", StringComparison.Ordinal) < main.IndexOf("<h1", StringComparison.Ordinal), "the hotline comes before the page's heading");
        Assert.Contains("href=\"tel:&#x2B;15550100123\"", page, StringComparison.Ordinal);
        Assert.Equal("urgent", api.RootElement.GetProperty("kind").GetString());
        Assert.StartsWith(ReplyTexts.UrgentCall(Language.English, Name, Phone), api.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(Phone, api.RootElement.GetProperty("hotline").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Without_a_hotline_no_page_shows_a_number()
    {
        await using var app = App(hotline: false);
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/ask?q=" + Uri.EscapeDataString(Urgent));
        var flyer = await client.GetStringAsync("/outreach/flyer");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/answer?q=" + Uri.EscapeDataString(Urgent)));

        Assert.Contains(ReplyTexts.UrgentNoHotline(Language.English), WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", page + flyer, StringComparison.Ordinal);
        Assert.False(api.RootElement.TryGetProperty("hotline", out _));
    }

    [Fact]
    public async Task The_outreach_page_and_flyer_show_the_hotline()
    {
        await using var app = App(hotline: true);
        using var client = app.CreateClient();

        var flyer = await client.GetStringAsync("/outreach/flyer?topic=courthouse");
        var page = await client.GetStringAsync("/outreach");

        foreach (var html in new[] { flyer, page })
        {
            Assert.Contains("href=\"tel:+15550100123\"", html, StringComparison.Ordinal);
            Assert.Contains(Name, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("555-0100")]
    [InlineData("+1 555 010 0123")]
    public async Task A_hotline_number_not_in_e164_form_stops_the_app_at_start(string number)
    {
        var failures = await StartupValidation.FailuresAsync(b => b.AddKnowledge(), "Urgent:HotlinePhone", number);

        Assert.Contains("Urgent:HotlinePhone", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_chat_shows_the_number_as_a_tel_link_and_a_call_button()
    {
        var answer = new Answer
        {
            Question = Urgent, Answered = false, Kind = AnswerKinds.Urgent, Language = Language.English, Notice = ReplyTexts.Notice(Language.English),
            Text = ReplyTexts.UrgentCall(Language.English, Name, Phone) + "\n" + ReplyTexts.LegalHelpLead(Language.English) + "\n- Directory: https://example.org/",
            Hotline = new UrgentHotline(Name, Phone, null),
        };

        var message = new WebChatAnswerRenderer(TimeProvider.System).Answer(answer, withNotice: false);

        Assert.StartsWith($"**If this is happening now, call {Name} now: [{Phone}](tel:{Phone})**", message.Text, StringComparison.Ordinal);
        var call = Assert.Single(message.SuggestedActions.Actions);
        Assert.Equal("call", call.Type);
        Assert.Equal("tel:" + Phone, call.Value);
    }

    [Theory]
    [InlineData("la migra is at my job", Language.English)]
    [InlineData("están arrestando a mi esposo afuera de la casa", Language.Spanish)]
    public async Task By_sms_the_first_message_opens_with_the_hotline_line_in_one_gsm7_segment(string message, string language)
    {
        await using var app = SmsWebhook.App();
        app.Settings["Urgent:HotlineName"] = Name;
        app.Settings["Urgent:HotlinePhone"] = Phone;
        using var client = app.CreateClient();

        var replies = await client.TextAsync("+15557650001", message);

        var line = ReplyTexts.UrgentCall(language, Name, Phone);
        Assert.StartsWith(line, replies[0], StringComparison.Ordinal);
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(line));
        Assert.Equal(1, SmsSegments.Count(line));
    }

    private static List<string> Said(XElement twiml) => twiml.Descendants().Where(e => e.Name.LocalName == "Say").Select(e => e.Value).ToList();
}
