using KnowYourRights.Knowledge.Corpus;
using Xunit.Abstractions;

namespace KnowYourRights.Knowledge.Tests.Corpus;

public class PaperParserTests(ITestOutputHelper output)
{
    private static readonly Paper Paper = PaperParser.Parse(SeedFiles.PaperText);

    [Fact]
    public void Dump()
    {
        foreach (var p in Paper.Passages)
        {
            output.WriteLine($"{p.Id} | {p.Heading} | [{string.Join(",", p.Footnotes)}] | {p.MarkedText[..Math.Min(90, p.MarkedText.Length)]} … {p.MarkedText[^Math.Min(40, p.MarkedText.Length)..]}");
        }
        foreach (var f in Paper.Footnotes.Values)
        {
            output.WriteLine($"fn{f.Number}: {f.Text[..Math.Min(60, f.Text.Length)]} … {f.Text[^Math.Min(50, f.Text.Length)..]} urls={f.Urls.Count}");
        }
    }
}
