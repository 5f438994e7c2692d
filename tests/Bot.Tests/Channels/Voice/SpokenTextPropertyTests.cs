using CsCheck;
using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>Text for the ear against generated input: whatever comes in, nothing unspeakable comes out.</summary>
public sealed class SpokenTextPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf("ICE", "detainer", "[1]", "[12]", "(g)", "287(g)", "287 (g)", "U.S.", "EE. UU.", "e.g.", "DHS", "https://x.org/a?b=1",
            "www.ilrc.org", "a@b.com", "§", "%", "&", "/", "—", "“quoted”", "**bold**", "- ", "## ", "\n", "\n\n", "¿qué?", "¡no!", "niño",
            "2026-12-02", "$5", "#3", "1,000", "1.9", ":", ";", "...", "…", "\U0001F600", "\t", "<b>", "{x}", "|", "v.", "No. 5"),
        Gen.Char['a', 'z'].Array[1, 12].Select(c => new string(c)),
        Gen.Char.Array[1, 6].Select(c => new string(c)));

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Word.Array[0, 60].Select(w => string.Join(' ', w)),
        Word.Array[0, 60].Select(string.Concat),
        Gen.String[0, 300]);

    private static readonly Gen<string> LanguageCode = Gen.OneOf(Language.English, Language.Spanish);

    [Fact]
    public void Whatever_the_input_the_output_is_speakable_with_no_marker_or_link() =>
        Gen.Select(AnyText, LanguageCode).Sample((text, language) =>
        {
            var spoken = SpokenText.ForEar(text, language);
            Speakable.Assert(spoken);
            Assert.DoesNotContain('[', spoken);
            Assert.DoesNotContain('(', spoken);
        }, iter: 2000);

}
