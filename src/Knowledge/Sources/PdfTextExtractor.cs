using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// Reads a PDF with PdfPig: words grouped into text blocks (Docstrum), blocks put in reading
/// order (so two-column reports do not interleave), each block's lines kept as lines and the
/// blocks separated by blank lines, page by page.
/// </summary>
internal static class PdfTextExtractor
{
    public static string Extract(byte[] body)
    {
        try
        {
            using var document = PdfDocument.Open(body);
            var blocks = new List<string>();
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords(NearestNeighbourWordExtractor.Instance).ToList();
                if (words.Count == 0)
                {
                    continue;
                }
                var pageBlocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
                foreach (var block in UnsupervisedReadingOrderDetector.Instance.Get(pageBlocks))
                {
                    blocks.Add(string.Join('\n', block.TextLines.Select(l => l.Text)));
                }
            }
            return TextBlocks.Join(blocks);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not SourceFetchException)
        {
            // PdfPig throws a variety of exception types for damaged or encrypted files; all mean "cannot read".
            throw new SourceFetchException($"unreadable PDF ({e.GetType().Name}: {e.Message})", e);
        }
    }
}
