using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Text;

/// <summary>
/// The words of a text as the known-words filter sees them: runs of letters and digits, an
/// apostrophe inside a word kept ("don't", "ICE's"); everything else (spaces, punctuation,
/// hyphens, <see cref="PersonalDetails.Placeholder"/>) is between words.
/// </summary>
public static partial class WordTokens
{
    /// <summary>Every word of <paramref name="text"/>, with where it stands.</summary>
    public static MatchCollection In(string text) => Word().Matches(text);

    /// <summary>How a word is looked up: lower case, accents folded ("Detención" → "detencion").</summary>
    public static string Key(string word) => Accents.Fold(word.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")]
    private static partial Regex Word();
}
