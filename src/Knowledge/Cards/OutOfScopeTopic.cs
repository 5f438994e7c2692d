using System.Text.RegularExpressions;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// A subject next to the bot's own that its sources do not answer (immigration bonds, asylum,
/// DACA…), with ways people ask about it. A question closer in meaning to one of these than to
/// any card is declined honestly, not answered with a card that merely shares its words.
/// </summary>
/// <param name="Id">Short id, e.g. <c>bond</c>.</param>
/// <param name="Reason">Why it is out of scope (for whoever edits the list).</param>
/// <param name="Questions">Ways of asking about it.</param>
public sealed record OutOfScopeTopic(string Id, string Reason, IReadOnlyList<string> Questions)
{
    /// <summary>
    /// Words (or phrases, every word of which must be there) that name the subject ("bond", "bail",
    /// "background check"). A question that uses one of them is asking about this subject unless the
    /// card chosen for it covers that word too: meaning alone misses "the phone number of the ICE
    /// office to pay a bond", which sounds like the cards' own subject.
    /// </summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>
    /// Ways of asking that name the subject whatever the words around them (regular expressions,
    /// case-insensitive): "where did they take my husband?" asks where a detained person is, however
    /// near the detainer card it sounds. A question matching one is declined.
    /// </summary>
    /// <remarks>Compiled when set (a copy made with other ways of asking compiles its own), so a bad pattern fails on load.</remarks>
    public IReadOnlyList<string> Asks
    {
        get => _asks;
        init
        {
            _asks = value;
            _patterns = value.Select(Compile).ToArray();
        }
    }

    private readonly IReadOnlyList<string> _asks = [];
    private readonly Regex[] _patterns = [];

    /// <summary>True when <paramref name="question"/> matches one of <see cref="Asks"/>.</summary>
    public bool IsAskedBy(string question) => _patterns.Any(r => Matches(r, question));

    /// <summary>A pattern too slow for a question (it times out) does not match: the question is answered as usual.</summary>
    private static bool Matches(Regex pattern, string question)
    {
        try
        {
            return pattern.IsMatch(question);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>One of <see cref="Asks"/>, compiled; a pattern that is not a regular expression is a <see cref="FormatException"/>.</summary>
    public static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"not a regular expression: {pattern} ({e.Message})", e);
        }
    }
}
