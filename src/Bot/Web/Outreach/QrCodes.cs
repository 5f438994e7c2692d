using QRCoder;

namespace KnowYourRights.Bot.Web.Outreach;

/// <summary>QR codes for flyers (QRCoder). Error correction level M survives a creased or smudged print.</summary>
public static class QrCodes
{
    private const int PixelsPerModule = 10;

    public static byte[] Png(string text)
    {
        using var data = Encode(text);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    public static string Svg(string text)
    {
        using var data = Encode(text);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }

    private static QRCodeData Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
    }
}
