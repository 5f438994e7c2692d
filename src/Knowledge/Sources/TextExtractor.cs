namespace KnowYourRights.Knowledge.Sources;

/// <summary>Turns a downloaded body into readable plain text by its content type: blocks separated by blank lines.</summary>
internal static class TextExtractor
{
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";
    public const string Pdf = "application/pdf";
    public const string Plain = "text/plain";

    /// <summary>
    /// The content type the body will be read as, or null when it is not one we can read. A PDF
    /// served as application/octet-stream (common for document archives) is recognised by its header.
    /// </summary>
    public static string? Readable(string? mediaType, ReadOnlySpan<byte> head)
    {
        var type = mediaType?.Trim().ToLowerInvariant();
        return type switch
        {
            Html or Xhtml => Html,
            Pdf or "application/x-pdf" => Pdf,
            Plain => Plain,
            "application/octet-stream" or "binary/octet-stream" or null when head.StartsWith("%PDF-"u8) => Pdf,
            _ => null,
        };
    }

    /// <summary>File name for the raw body in the cache.</summary>
    public static string RawFileName(string readableType) => readableType switch
    {
        Html => "raw.html",
        Pdf => "raw.pdf",
        _ => "raw.txt",
    };

    /// <summary>Throws <see cref="SourceFetchException"/> when the body cannot be read.</summary>
    public static string Extract(string readableType, byte[] body, string? charset) => readableType switch
    {
        Html => HtmlTextExtractor.Extract(body, charset),
        Pdf => PdfTextExtractor.Extract(body),
        Plain => PlainText(body, charset),
        _ => throw new SourceFetchException($"cannot read {readableType}"),
    };

    private static string PlainText(byte[] body, string? charset)
    {
        var encoding = System.Text.Encoding.UTF8;
        try
        {
            if (!string.IsNullOrWhiteSpace(charset))
            {
                encoding = System.Text.Encoding.GetEncoding(charset.Trim('"'));
            }
        }
        catch (ArgumentException)
        {
            // Unknown charset: UTF-8 is the best guess on today's web.
        }
        return TextBlocks.Normalize(encoding.GetString(body));
    }
}
