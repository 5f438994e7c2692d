using System.Text.RegularExpressions;

namespace KnowYourRights.Bot.Tests.Channels.Voice;

/// <summary>
/// What text for the ear may hold, defined here apart from the code under test: letters
/// (Spanish accents, ñ, ü included), the digits 0–9, spaces and <c>. , ? ! ' - : ; ¿ ¡</c>. No
/// [n] marker, link, bracket, quote, slash or symbol an engine would read out or spell.
/// </summary>
internal static partial class Speakable
{
    public const string Punctuation = ".,?!'-:;¿¡";

    // "www." only before a host: the word "www" at the end of a sentence is letters and a full stop (found by CsCheck, seed fHzgCzb9oWh1).
    [GeneratedRegex(@"https?:|\bwww\.(?=[\p{L}\d])|\.(?:org|gov|com|net|edu)\b|//", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"\b287\s*\(?\s*-?g\b|\(g\)", RegexOptions.IgnoreCase)]
    private static partial Regex Written287g();

    /// <summary>The characters of <paramref name="text"/> outside the allowed set (empty when it is all speakable).</summary>
    public static string Unspeakable(string text) =>
        new(text.Where(c => !(char.IsLetter(c) || c is >= '0' and <= '9' || c == ' ' || Punctuation.Contains(c))).Distinct().ToArray());

    public static void Assert(string text)
    {
        Xunit.Assert.True(Unspeakable(text).Length == 0, $"Unspeakable characters '{Unspeakable(text)}' in: {text}");
        Xunit.Assert.False(Link().IsMatch(text), $"A link in: {text}");
        Xunit.Assert.False(Written287g().IsMatch(text), $"287(g) as written in: {text}");
        Xunit.Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
        Xunit.Assert.Equal(text.Trim(), text);
    }
}
