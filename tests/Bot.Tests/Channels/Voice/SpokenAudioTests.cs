using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>
/// The audio check a person would do: answers said aloud by a real speech engine (Debian's
/// espeak-ng, at a phone voice's pace), each a non-empty recording under a minute — a long answer
/// on the phone loses the caller. The longest card's opening, and its opening with the first
/// "more" (what the caller hears up to the second menu), the same for the longest Spanish answer,
/// and a decline.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SpokenAudioTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan MaxAnswer = TimeSpan.FromSeconds(60);

    private static readonly SpokenAnswerRenderer Renderer = new(TestKnowledge.Shared.Index);

    private readonly string _folder = Directory.CreateTempSubdirectory("kyr-voice-audio-").FullName;

    [EspeakFact]
    public async Task The_longest_answers_and_a_decline_play_in_under_a_minute_each()
    {
        var english = Longest(Language.English);
        var spanish = Longest(Language.Spanish);
        var decline = Renderer.Render(TestKnowledge.Shared.Answers.Ask("what does it cost to get my dad out of ICE detention on a bond, and who do we pay?"));
        Assert.True(decline.Declined);
        (string Name, string Language, string Text)[] recordings =
        [
            ($"{english.Id} opening", Language.English, english.Spoken.Opening),
            ($"{english.Id} opening and more", Language.English, english.Spoken.Opening + " " + english.Spoken.More),
            ($"{spanish.Id} opening and more (es)", Language.Spanish, spanish.Spoken.Opening + " " + spanish.Spoken.More),
            ("decline", Language.English, decline.Opening),
        ];

        // Measured, not checked: the whole answer as if said in one go, which the call never does.
        foreach (var (id, language, spoken) in new[] { (english.Id, Language.English, english.Spoken), (spanish.Id, Language.Spanish, spanish.Spoken) })
        {
            var whole = string.Join(' ', spoken.MoreParts.Prepend(spoken.Opening));
            var audio = await EspeakSpeech.RenderAsync(whole, language, Path.Combine(_folder, $"{id}-{language}-whole.wav"));
            output.WriteLine($"{id} ({language}) opening and every part of more, in one go: {audio.Duration.TotalSeconds:0.0} s, {whole.Split(' ').Length} words, in {spoken.MoreParts.Count} part(s) on the call");
        }

        foreach (var (name, language, text) in recordings)
        {
            var audio = await EspeakSpeech.RenderAsync(text, language, Path.Combine(_folder, name.Replace(' ', '-') + ".wav"));

            output.WriteLine($"{name}: {audio.Duration.TotalSeconds:0.0} s, {text.Split(' ').Length} words, {audio.DataBytes} bytes at {audio.ByteRate} bytes/s");
            Assert.True(audio.DataBytes > 0, $"{name}: no sound");
            Assert.True(audio.Duration > TimeSpan.FromSeconds(1), $"{name}: {audio.Duration}");
            Assert.True(audio.Duration < MaxAnswer, $"{name} plays {audio.Duration.TotalSeconds:0.0} s: {text}");
        }
    }

    [EspeakFact]
    public async Task The_recording_is_as_long_as_its_words_at_a_phone_voices_pace()
    {
        var text = string.Join(' ', Enumerable.Repeat("A detainer asks a jail to keep holding a person.", 10));

        var audio = await EspeakSpeech.RenderAsync(text, Language.English, Path.Combine(_folder, "pace.wav"));

        // 90 words at 160 a minute: about 34 seconds, with pauses between the sentences.
        Assert.InRange(audio.Duration.TotalSeconds, 20, 50);
    }

    /// <summary>The card whose whole spoken answer (opening and every part of more) is longest in <paramref name="language"/>.</summary>
    private static (string Id, SpokenAnswer Spoken) Longest(string language) =>
        TestKnowledge.Shared.Index.Current.Cards.Cards
            .Select(c => (c.Id, Spoken: Renderer.Render(TestKnowledge.Shared.Answers.ForCard(c.Id, language)!)))
            .MaxBy(x => string.Join(' ', x.Spoken.MoreParts.Prepend(x.Spoken.Opening)).Length);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
