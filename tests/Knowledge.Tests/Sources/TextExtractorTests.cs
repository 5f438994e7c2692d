using System.Text;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Tests.Fixtures;
using KnowYourRights.TestSupport.Fixtures;

namespace KnowYourRights.Knowledge.Tests.Sources;

public sealed class TextExtractorTests
{
    [Fact]
    public void Html_keeps_the_main_content_as_blocks_and_drops_the_page_chrome()
    {
        var text = HtmlTextExtractor.Extract(FixtureDocuments.Html, "utf-8");

        var blocks = text.Split("\n\n");
        Assert.Equal("Quillmoor County ends its jail contract", blocks[0]);
        Assert.Equal(FixtureDocuments.HtmlFact, blocks[1]);
        Assert.Contains("- Deputies no longer ask about immigration status.", blocks);
        Assert.Contains("- The jail no longer holds people for ICE.", blocks);
        foreach (var noise in new[] { "scriptword", "stylesheetword", "navigationword", "bannerword", "footerword", "asideword", "searchword" })
        {
            Assert.DoesNotContain(noise, text);
        }
    }

    [Fact]
    public void Html_without_a_main_element_reads_the_body()
    {
        var text = HtmlTextExtractor.Extract(Encoding.UTF8.GetBytes("<p>One.</p><div>Two<br>lines</div><script>x()</script>"), null);

        Assert.Equal("One.\n\nTwo\nlines", text);
    }

    [Fact]
    public void Pdf_keeps_reading_order_and_line_breaks()
    {
        var text = PdfTextExtractor.Extract(FixtureDocuments.Pdf());

        var heading = text.IndexOf("Marrowdale Courthouse Protocol", StringComparison.Ordinal);
        var first = text.IndexOf("Marrowdale judges require a judicial warrant before ICE", StringComparison.Ordinal);
        var second = text.IndexOf("may arrest anyone inside the Marrowdale courthouse.", StringComparison.Ordinal);
        Assert.True(heading >= 0 && heading < first && first < second, text);
        Assert.Contains("before ICE\nmay arrest", text);
    }

    [Fact]
    public void A_damaged_pdf_is_a_fetch_failure_not_a_crash() =>
        Assert.Throws<SourceFetchException>(() => PdfTextExtractor.Extract(Encoding.ASCII.GetBytes("%PDF-1.7 not really")));

    [Theory]
    [InlineData("text/html", TextExtractor.Html)]
    [InlineData("application/xhtml+xml", TextExtractor.Html)]
    [InlineData("application/pdf", TextExtractor.Pdf)]
    [InlineData("text/plain", TextExtractor.Plain)]
    [InlineData("image/png", null)]
    [InlineData("application/json", null)]
    public void Content_types(string mediaType, string? readable) => Assert.Equal(readable, TextExtractor.Readable(mediaType, []));

    [Fact]
    public void A_pdf_served_as_octet_stream_is_recognised_by_its_header() =>
        Assert.Equal(TextExtractor.Pdf, TextExtractor.Readable("application/octet-stream", "%PDF-1.4"u8));
}
