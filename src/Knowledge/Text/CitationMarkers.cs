using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>The [n] citation markers of card answers.</summary>
public static partial class CitationMarkers
{
    [GeneratedRegex(@"\s*\[(\d+)\]")]
    private static partial Regex Marker();

    public static string Strip(string text) => Marker().Replace(text, string.Empty);

    /// <summary>The numbers the markers in <paramref name="text"/> use.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        Marker().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
}
