using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace KnowYourRights.TestSupport.Fixtures;

/// <summary>Fixture pages and PDFs whose facts appear nowhere in the seeds, so only a refreshed index can answer them.</summary>
public static class FixtureDocuments
{
    public const string HtmlFact = "The Quillmoor County sheriff ended the county's 287(g) agreement with ICE in March 2026 after the county board voted to stop honoring detainers.";
    public const string HtmlQuestion = "Did the Quillmoor County sheriff end the 287(g) agreement?";
    public const string PdfQuestion = "Do Marrowdale judges require a judicial warrant before courthouse arrests?";

    public static byte[] Html => Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Quillmoor County news</title>
        <style>.banner { color: red; } /* stylesheetword */</style>
        <script>var tracker = "scriptword";</script></head>
        <body>
          <header><a href="/">Home</a> bannerword</header>
          <nav><ul><li><a href="/a">navigationword one</a></li><li><a href="/b">navigationword two</a></li></ul></nav>
          <main>
            <h1>Quillmoor County ends its jail contract</h1>
            <p>The Quillmoor County sheriff ended the county's 287(g) agreement with ICE in March 2026
               after the county board voted to stop honoring detainers.</p>
            <p>What changed:</p>
            <ul><li>Deputies no longer ask about immigration status.</li><li>The jail no longer holds people for ICE.</li></ul>
            <form><input name="q"><button>searchword</button></form>
          </main>
          <aside>asideword related stories</aside>
          <footer>footerword copyright</footer>
        </body>
        </html>
        """);

    /// <summary>A one-page PDF, written with PdfPig, with a heading and a two-line paragraph.</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Marrowdale Courthouse Protocol", 18, new PdfPoint(50, 780), font);
        page.AddText("Marrowdale judges require a judicial warrant before ICE", 11, new PdfPoint(50, 730), font);
        page.AddText("may arrest anyone inside the Marrowdale courthouse.", 11, new PdfPoint(50, 716), font);
        return builder.Build();
    }
}
