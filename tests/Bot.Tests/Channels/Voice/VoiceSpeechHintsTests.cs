using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Text;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>Speech hints from the index's domain words, within Twilio's limits (error 13330: at most 500 entries of at most 100 characters, words separated by spaces).</summary>
public sealed class VoiceSpeechHintsTests(ITestOutputHelper output)
{
    public static TheoryData<string> Languages() => [Language.English, Language.Spanish];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Hints_are_the_domain_words_within_twilios_limits(string language)
    {
        var hints = VoiceSpeechHints.For(language, TestKnowledge.Shared.Index.Current);
        var entries = hints.Split(", ");
        output.WriteLine($"{language}: {entries.Length} entries, longest {entries.Max(e => e.Length)} characters, {hints.Length} in all: {hints}");

        Assert.InRange(entries.Length, 50, VoiceSpeechHints.MaxEntries);
        Assert.All(entries, e =>
        {
            Assert.InRange(e.Length, 1, VoiceSpeechHints.MaxEntryLength);
            Assert.Matches(@"^[\p{L}\d']+(?: [\p{L}\d']+)*$", e);
        });
        Assert.Equal(entries.Length, entries.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("ICE", entries);
        Assert.Contains("la migra", entries, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(language == Language.Spanish ? "dos ochenta y siete g" : "two eighty seven g", hints, StringComparison.Ordinal);
        // Misspellings in the synonym rules help search, not the recognizer.
        Assert.DoesNotContain("detainr", entries);
        Assert.DoesNotContain("detainor", entries);
        Assert.DoesNotContain("(", hints, StringComparison.Ordinal);
    }

    [Fact]
    public void English_hints_hold_the_topics_and_spanish_hints_the_spanish_words()
    {
        var english = VoiceSpeechHints.For(Language.English, TestKnowledge.Shared.Index.Current).Split(", ");
        var spanish = VoiceSpeechHints.For(Language.Spanish, TestKnowledge.Shared.Index.Current).Split(", ");

        Assert.Contains("detainer", english, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("courthouse", english, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("sanctuary", english, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("What is an ICE detainer", english);
        Assert.Contains("policía", spanish, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Qué es un detainer de ICE", spanish);
    }

    [Fact]
    public void Hints_are_made_once_per_index_version()
    {
        var snapshot = TestKnowledge.Shared.Index.Current;

        Assert.Same(VoiceSpeechHints.For(Language.English, snapshot), VoiceSpeechHints.For(Language.English, snapshot));
    }
}
