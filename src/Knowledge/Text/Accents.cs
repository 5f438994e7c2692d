using System.Text;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// Letters without their accents ("detención" → "detencion"), as people type on phones without
/// them. A table of the Latin letters Spanish, French and Portuguese speakers type, not Unicode
/// decomposition: the app runs with invariant globalization, where <c>string.Normalize</c> does
/// not decompose.
/// </summary>
public static class Accents
{
    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüñçýÿÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuncyyAAAAAAEEEEIIIIOOOOOUUUUNCY";

    public static string Fold(string text)
    {
        if (text.All(c => c < 128))
        {
            return text;
        }
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Fold(c));
        }
        return folded.ToString();
    }

    /// <summary>The letter without its accent ('ó' → 'o'), or the character itself.</summary>
    public static char Fold(char c)
    {
        var at = Accented.IndexOf(c);
        return at < 0 ? c : Plain[at];
    }
}
