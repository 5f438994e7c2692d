using System.Globalization;
using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>Letters without their accents ("policía" → "policia"): people type Spanish both ways.</summary>
public static class Accents
{
    /// <summary><paramref name="text"/> with every combining mark removed (ñ becomes n, ü becomes u).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }
}
