using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Footnote markers in the PDF-extracted paper are Unicode superscript digits (¹ … ²⁴).
/// </summary>
public static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsSuperscriptDigit(char c) => Digits.Contains(c);

    /// <summary>Reads a run of superscript digits starting at <paramref name="start"/> as a number.</summary>
    public static int ReadNumber(string text, int start, out int length)
    {
        var value = 0;
        length = 0;
        while (start + length < text.Length && IsSuperscriptDigit(text[start + length]))
        {
            value = (value * 10) + Digits.IndexOf(text[start + length]);
            length++;
        }
        return value;
    }

    /// <summary>The footnote numbers whose markers appear in <paramref name="text"/>, in order of appearance.</summary>
    public static IReadOnlyList<int> MarkersIn(string text)
    {
        var found = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSuperscriptDigit(text[i]))
            {
                continue;
            }
            var number = ReadNumber(text, i, out var length);
            if (!found.Contains(number))
            {
                found.Add(number);
            }
            i += length - 1;
        }
        return found;
    }

    /// <summary>Removes footnote markers, so indexed and displayed text reads as plain prose.</summary>
    public static string Strip(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSuperscriptDigit(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static string ToSuperscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Digits[d - '0']));
}
