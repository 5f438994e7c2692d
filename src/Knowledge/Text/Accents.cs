using System.Globalization;
using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>Letters without their accents ("policía" → "policia"): people type Spanish both ways.</summary>
/// <remarks>
/// The app runs with invariant globalization (no ICU), where <see cref="string.Normalize(NormalizationForm)"/>
/// leaves non-ASCII text as it is, so the accented letters of Spanish and its neighbours are
/// mapped here; decomposition then handles the rest where ICU is present.
/// </remarks>
public static class Accents
{
    private const string Accented = "áàâäãåāéèêëēíìîïīóòôöõøōúùûüūñçýÿÁÀÂÄÃÅĀÉÈÊËĒÍÌÎÏĪÓÒÔÖÕØŌÚÙÛÜŪÑÇÝ";
    private const string Plain = "aaaaaaaeeeeeiiiiiooooooouuuuuncyyAAAAAAAEEEEEIIIIIOOOOOOOUUUUUNCY";

    /// <summary><paramref name="text"/> with every accent removed (ñ becomes n, ü becomes u).</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            folded.Append(at >= 0 ? Plain[at] : c);
        }
        var decomposed = folded.ToString().Normalize(NormalizationForm.FormD);
        folded.Clear();
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
