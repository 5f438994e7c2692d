using KnowYourRights.Bot.Channels.Voice;
using KnowYourRights.Bot.Tests.TestSupport;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Text;
using Xunit.Abstractions;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>
/// Every answer card, in English and in Spanish, through the real answer service and the spoken
/// renderer: its summary (what the caller hears first) and its full text (on "more") are made for
/// the ear — no [n] markers, links or symbols, 287(g) said as people say it, the as-of date said
/// once, short sentences — and the full text is said whole, not cut, in parts that each play in under a minute.
/// </summary>
// Every card (or question set) through the whole answer path: in the full run, not the fast loop (CONTRIBUTING.md).
[Trait("Category", "Slow")]
public sealed class SpokenCardsTests(ITestOutputHelper output)
{
    private static readonly SpokenAnswerRenderer Renderer = new(TestKnowledge.Shared.Index);

    public static TheoryData<string> CardIds() => [.. TestKnowledge.Shared.Index.Current.Cards.Cards.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CardIds))]
    public void Every_card_is_said_in_english_and_spanish_without_markers_links_or_symbols(string cardId)
    {
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            var answer = TestKnowledge.Shared.Answers.ForCard(cardId, language)!;
            var spoken = Renderer.Render(answer);

            Speakable.Assert(spoken.Opening);
            Assert.NotNull(spoken.More);
            Speakable.Assert(spoken.More);
            Assert.False(spoken.Declined);
            Assert.Empty(spoken.Choices);
            Assert.Equal(language, spoken.Language);
            Assert.StartsWith(SpokenText.ForEar(answer.Summary, language), spoken.Opening, StringComparison.Ordinal);
            Assert.EndsWith(VoicePrompts.AsOf(language, answer.AsOf), spoken.Opening, StringComparison.Ordinal);
            Assert.Equal(spoken.MoreParts[0], spoken.More);
            Assert.All(spoken.MoreParts, Speakable.Assert);
            Assert.Equal(SpokenText.ForEar(answer.Text, language), string.Join(' ', spoken.MoreParts));
            output.WriteLine($"[{language}] {spoken.Opening}\n  MORE: {spoken.More}");
        }
    }

    [Fact]
    public void The_measured_lengths_of_every_cards_spoken_summary_and_full_text()
    {
        var spoken = TestKnowledge.Shared.Index.Current.Cards.Cards
            .SelectMany(c => new[] { Language.English, Language.Spanish }.Select(l => (c.Id, Language: l, Spoken: Renderer.Render(TestKnowledge.Shared.Answers.ForCard(c.Id, l)!))))
            .ToList();
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            var mine = spoken.Where(s => s.Language == language).ToList();
            var sentences = mine.SelectMany(s => Sentences(s.Spoken.Opening).Concat(Sentences(s.Spoken.More!)).Select(x => (s.Id, Sentence: x))).ToList();
            var longest = sentences.MaxBy(x => Words(x.Sentence));
            var opening = mine.MaxBy(s => Words(s.Spoken.Opening));
            var more = mine.MaxBy(s => Words(string.Join(' ', s.Spoken.MoreParts)));
            output.WriteLine($"{language}: {sentences.Count} sentences, {sentences.Count(x => Words(x.Sentence) > SpokenText.MaxSentenceWords)} over {SpokenText.MaxSentenceWords} words, " +
                $"longest {Words(longest.Sentence)} words ({longest.Id}: {longest.Sentence}); longest opening {Words(opening.Spoken.Opening)} words ({opening.Id}); longest full text {Words(string.Join(' ', more.Spoken.MoreParts))} words ({more.Id})");
            foreach (var (id, sentence) in sentences.Where(x => Words(x.Sentence) > SpokenText.MaxSentenceWords))
            {
                output.WriteLine($"  {id}: {Words(sentence)}: {sentence}");
            }
            Assert.All(sentences, x => Assert.True(Words(x.Sentence) <= MaxSentenceWordsAllowed, $"{x.Id}: {x.Sentence}"));
            output.WriteLine($"  {mine.Count(s => s.Spoken.MoreParts.Count > 1)} of {mine.Count} cards say their full text in more than one part: " +
                string.Join(", ", mine.Where(s => s.Spoken.MoreParts.Count > 1).Select(s => $"{s.Id} ({string.Join(" + ", s.Spoken.MoreParts.Select(Words))} words)")));
            Assert.All(mine, s => Assert.True(Words(s.Spoken.Opening + " " + s.Spoken.More) <= SpokenAnswerRenderer.MaxAnswerWords, s.Id));
            Assert.All(mine, s => Assert.All(s.Spoken.MoreParts, p => Assert.True(Words(p) <= SpokenAnswerRenderer.MaxAnswerWords, s.Id)));
        }
    }

    /// <summary>Over <see cref="SpokenText.MaxSentenceWords"/> only where a sentence has no clause to cut at, and never by much.</summary>
    private const int MaxSentenceWordsAllowed = 32;

    private static IEnumerable<string> Sentences(string text) => System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.?!])\s+");

    /// <summary>Words as a listener hears them: a spelled acronym ("D H S") is one.</summary>
    private static int Words(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\b(?:[A-Z] )+[A-Z]\b", "X").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
