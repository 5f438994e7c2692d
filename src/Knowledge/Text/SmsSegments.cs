using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Counts the SMS segments a text costs, the way carriers and Twilio do. A text of only GSM-7
/// characters fits 160 septets in one segment, or 153 per segment once it is split (the rest
/// is the concatenation header); a character of the extension table (<c>^ { } \ [ ~ ] | €</c>,
/// form feed) costs two septets, an escape and the character, and the pair never straddles two
/// segments. One character outside GSM-7 (á, í, ó, ú, curly quotes, emoji…) makes the whole
/// message UCS-2: 70 UTF-16 units in one segment, 67 per segment when split, and a surrogate
/// pair (an emoji) is never split either. Note that ñ, é, ü, ¿ and ¡ are in GSM-7; á, í, ó and ú are not.
/// </summary>
public static class SmsSegments
{
    /// <summary>Every message the bot sends stays within two segments (306 GSM-7 characters; Twilio advises at most 320).</summary>
    public const int MaxPerMessage = 2;

    /// <summary>The longest message Twilio delivers (it joins up to ten segments); the bot must take every one.</summary>
    public const int MaxIncomingLength = 1600;

    public const int Gsm7Single = 160;
    public const int Gsm7Concatenated = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Concatenated = 67;

    // GSM 03.38 default alphabet, in table order (0x00–0x7F; 0x1B, the escape, is left out).
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The extension table: each costs an escape septet plus its own.
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    public static bool IsGsm7Basic(char c) => BasicSet.Contains(c);

    public static bool IsGsm7Extension(char c) => ExtensionSet.Contains(c);

    public static bool IsGsm7(char c) => IsGsm7Basic(c) || IsGsm7Extension(c);

    public static SmsEncoding EncodingOf(string text) => text.All(IsGsm7) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;

    /// <summary>The segments <paramref name="text"/> costs (an empty text still sends one).</summary>
    public static int Count(string text) => EncodingOf(text) == SmsEncoding.Gsm7 ? CountGsm7(text) : CountUcs2(text);

    /// <summary>
    /// The length that counts against a segment: septets in GSM-7 (an extension character such as
    /// <c>[</c> counts two), UTF-16 units in UCS-2.
    /// </summary>
    public static int Length(string text) => EncodingOf(text) == SmsEncoding.Gsm7 ? Septets(text) : text.Length;

    /// <summary>True when <paramref name="text"/> costs at most <paramref name="segments"/> segments.</summary>
    public static bool Fits(string text, int segments = MaxPerMessage) => Count(text) <= segments;

    private static int CountGsm7(string text)
    {
        var septets = Septets(text);
        return septets <= Gsm7Single ? 1 : Fill(text.Select(c => IsGsm7Extension(c) ? 2 : 1), Gsm7Concatenated);
    }

    private static int Septets(string text) => text.Sum(c => IsGsm7Extension(c) ? 2 : 1);

    private static int CountUcs2(string text) =>
        text.Length <= Ucs2Single ? 1 : Fill(text.EnumerateRunes().Select(r => r.Utf16SequenceLength), Ucs2Concatenated);

    /// <summary>Segments of <paramref name="size"/> units filled in order, where no item is split across two.</summary>
    private static int Fill(IEnumerable<int> widths, int size)
    {
        var segments = 1;
        var used = 0;
        foreach (var width in widths)
        {
            if (used + width > size)
            {
                segments++;
                used = 0;
            }
            used += width;
        }
        return segments;
    }
}
