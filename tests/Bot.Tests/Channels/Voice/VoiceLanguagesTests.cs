using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>The call's languages as Twilio names them.</summary>
public sealed class VoiceLanguagesTests
{
    [Theory]
    [InlineData("en", "en", "en-US", "es")]
    [InlineData("es", "es", "es-US", "en")]
    [InlineData("es-US", "es", "es-US", "en")]
    [InlineData("en-US", "en", "en-US", "es")]
    [InlineData(null, "en", "en-US", "es")]
    [InlineData("fr", "en", "en-US", "es")]
    public void Each_language_has_its_us_locale_and_the_other_one(string? given, string language, string locale, string other)
    {
        Assert.Equal(language, VoiceLanguages.Normalize(given));
        Assert.Equal(locale, VoiceLanguages.Locale(language));
        Assert.Equal(other, VoiceLanguages.Other(language));
    }

    [Fact]
    public void Twilio_says_and_listens_in_the_calls_language()
    {
        Assert.Equal("en-US", VoiceLanguages.SayLanguage(Language.English).ToString());
        Assert.Equal("es-US", VoiceLanguages.SayLanguage(Language.Spanish).ToString());
        Assert.Equal("en-US", VoiceLanguages.GatherLanguage(Language.English).ToString());
        Assert.Equal("es-US", VoiceLanguages.GatherLanguage(Language.Spanish).ToString());
        Assert.Equal("Polly.Joanna-Neural", VoiceLanguages.SayVoice(Language.English).ToString());
        Assert.Equal("Polly.Lupe-Neural", VoiceLanguages.SayVoice(Language.Spanish).ToString());
    }
}
