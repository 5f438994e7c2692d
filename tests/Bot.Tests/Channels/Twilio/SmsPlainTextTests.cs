using KnowYourRights.Bot.Channels.Twilio;
using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Twilio;

public sealed class SmsPlainTextTests
{
    [Theory]
    [InlineData("It\u2019s \u201Cfree\u201D \u2014 ask\u2026", "It's \"free\" - ask...")]
    [InlineData("a\u00A0b \u2013 c \u2018d\u2019", "a b - c 'd'")]
    [InlineData("**Bold** and *stressed* and _this_ and __that__", "Bold and stressed and this and that")]
    [InlineData("287(g) and driver's license data [1][2]", "287(g) and driver's license data [1][2]")]
    [InlineData("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4")]
    [InlineData("la cárcel, ¿dónde?", "la cárcel, ¿dónde?")]
    [InlineData("a\u0000b\u0007c\nd", "abc\nd")]
    public void Plain_uses_gsm7_look_alikes_and_drops_markdown_emphasis(string text, string plain) =>
        Assert.Equal(plain, SmsPlainText.Plain(text));

    [Fact]
    public void Plain_makes_typographic_english_gsm7()
    {
        var text = "The paper\u2019s \u201Cfinal\u201D words \u2014 ICE\u2026";
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.EncodingOf(text));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(SmsPlainText.Plain(text)));
    }

    [Fact]
    public void Each_line_becomes_a_paragraph()
    {
        Assert.Equal(["One.", "- two", "Three."], SmsPlainText.Paragraphs("One.\n- two\r\n\n  Three.  \n"));
    }
}
