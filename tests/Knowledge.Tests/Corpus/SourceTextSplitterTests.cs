using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Tests.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Corpus;

public sealed class SourceTextSplitterTests
{
    private static readonly Source Source = TestData.Fixture("src", "http://127.0.0.1/x", "A Report");

    [Fact]
    public void Short_blocks_are_joined_into_paragraph_sized_passages()
    {
        var text = "Heading\n\n" + string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Item {i} is a short line of about forty chars."));

        var passages = SourceTextSplitter.Split(Source, text);

        Assert.True(passages.Count > 1);
        Assert.All(passages.SkipLast(1), p => Assert.InRange(p.Text.Length, SourceTextSplitter.MinChars, SourceTextSplitter.MaxChars));
        Assert.StartsWith("Heading\nItem 1 ", passages[0].Text);
        Assert.Equal(["src#001", "src#002"], passages.Take(2).Select(p => p.Id));
        Assert.All(passages, p => Assert.Equal(("src", "A Report"), (p.SourceId, p.Heading)));
    }

    [Fact]
    public void A_long_block_is_cut_at_sentence_ends()
    {
        var sentence = "The county stopped holding people for ICE without a judicial warrant. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60));

        var passages = SourceTextSplitter.Split(Source, text);

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p => Assert.True(p.Text.Length <= SourceTextSplitter.MaxChars));
        Assert.All(passages, p => Assert.EndsWith("warrant.", p.Text));
    }

    [Fact]
    public void Lines_wrapped_inside_a_block_are_joined() =>
        Assert.Equal("judges require a warrant before ICE may arrest", SourceTextSplitter.Split(Source, "judges require a warrant\nbefore ICE may arrest").Single().Text);

    [Fact]
    public void Empty_text_has_no_passages() => Assert.Empty(SourceTextSplitter.Split(Source, "\n\n  \n"));
}
