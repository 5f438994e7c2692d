using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// Sentences of text already made for the ear, and long ones cut where a clause ends ("; ", ": ",
/// ", and ", ", but ", ", y ", ", pero "…), nearest the middle, when both halves keep at least
/// <see cref="MinPartWords"/> words. A caller hears a sentence once; one thought at a time is
/// easier to follow than a clause waiting for its verb.
/// </summary>
internal static partial class SpokenSentences
{
    private const int MinPartWords = 5;

    private static readonly string[] Joints =
    [
        "; ", ": ", ", and ", ", but ", ", so ", ", y ", ", pero ", ", así que ",
    ];

    [GeneratedRegex(@"(?<=[.?!])\s+(?=[\p{Lu}¿¡\d])")]
    private static partial Regex Boundary();

    /// <summary>The sentences of <paramref name="text"/>, where one ends with . ? or ! and the next starts with a capital, digit, ¿ or ¡.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary><paramref name="sentence"/>, or its parts when it is over <paramref name="maxWords"/> words and has a clause joint to cut at.</summary>
    public static IEnumerable<string> Shorten(string sentence, int maxWords)
    {
        if (SpokenText.CountWords(sentence) <= maxWords || sentence.EndsWith('?'))
        {
            return [sentence];
        }
        var middle = sentence.Length / 2;
        (int At, string Joint)? best = null;
        foreach (var joint in Joints)
        {
            for (var at = sentence.IndexOf(joint, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(joint, at + 1, StringComparison.Ordinal))
            {
                var first = sentence[..at];
                var rest = sentence[(at + joint.Length)..];
                if (SpokenText.CountWords(first) < MinPartWords || SpokenText.CountWords(rest) < MinPartWords)
                {
                    continue;
                }
                if (best is null || Math.Abs(at - middle) < Math.Abs(best.Value.At - middle))
                {
                    best = (at, joint);
                }
            }
        }
        if (best is not { } cut)
        {
            return [sentence];
        }
        // "; " and ": " start the next sentence without a joining word; ", and x" becomes "And x".
        var head = sentence[..cut.At].TrimEnd(',', ';', ' ') + ".";
        var tail = SpokenText.Capitalize(sentence[(cut.At + 1)..].TrimStart());
        return Shorten(head, maxWords).Concat(Shorten(tail, maxWords));
    }
}
