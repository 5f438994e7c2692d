using KnowYourRights.Bot.Channels.Sms;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Sms;

public sealed class SmsReplyTextsTests
{
    public static TheoryData<string, string> Texts()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            data.Add(language, SmsReplyTexts.Help(language, "kyr.example.org or 555-0100"));
            data.Add(language, SmsReplyTexts.Help(language, null));
            data.Add(language, SmsReplyTexts.Stopped(language));
            data.Add(language, SmsReplyTexts.Welcome(language));
            data.Add(language, SmsReplyTexts.NothingMore(language));
            data.Add(language, SmsReplyTexts.MorePrompt(language));
            data.Add(language, SmsReplyTexts.ChoicesLead(language));
            data.Add(language, SmsReplyTexts.SourcesHint(language));
            data.Add(language, SmsReplyTexts.Keywords(language));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_channels_own_texts_fit_one_message_and_the_english_ones_are_gsm7(string language, string text)
    {
        Assert.True(SmsSegments.Fits(text), $"{SmsSegments.Count(text)} segments: {text}");
        if (language == Language.English)
        {
            Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(text));
        }
    }

    [Fact]
    public void The_help_texts_are_gsm7_in_both_languages_so_the_contact_line_has_room()
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(SmsReplyTexts.Help(Language.English, "x")));
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.EncodingOf(SmsReplyTexts.Help(Language.Spanish, "x")));
    }

    [Theory]
    [InlineData("stop", SmsKeyword.Stop)]
    [InlineData(" STOPALL ", SmsKeyword.Stop)]
    [InlineData("Unsubscribe", SmsKeyword.Stop)]
    [InlineData("cancel!", SmsKeyword.Stop)]
    [InlineData("end", SmsKeyword.Stop)]
    [InlineData("QUIT", SmsKeyword.Stop)]
    [InlineData("start", SmsKeyword.Start)]
    [InlineData("UNSTOP", SmsKeyword.Start)]
    [InlineData("help", SmsKeyword.Help)]
    [InlineData("INFO", SmsKeyword.Help)]
    [InlineData("¡Ayuda!", SmsKeyword.Help)]
    [InlineData("more", SmsKeyword.More)]
    [InlineData("Más", SmsKeyword.More)]
    [InlineData("2", SmsKeyword.Choice)]
    [InlineData("#3", SmsKeyword.Choice)]
    [InlineData("stop the raids", SmsKeyword.None)]
    [InlineData("please help me", SmsKeyword.None)]
    [InlineData("menu", SmsKeyword.None)]
    [InlineData("sources", SmsKeyword.None)]
    [InlineData("yes", SmsKeyword.None)]
    [InlineData("287", SmsKeyword.None)]
    [InlineData("", SmsKeyword.None)]
    public void Keywords_are_whole_messages(string text, SmsKeyword keyword) =>
        Assert.Equal(keyword, SmsKeywords.Parse(text).Keyword);
}
