using System.Text;
using KnowYourRights.Knowledge.Text;

namespace KnowYourRights.Bot.Channels.Voice;

/// <summary>
/// A web address said so that a caller can write it down: no "https://" or "www.", "dot" and
/// "slash" said as words between commas (a pause each), and run-together words split where the
/// site's own name has them ("immigrationadvocates" → "immigration advocates", from "Immigration
/// Advocates Network"). A part that no name word explains and that is short, or holds digits, is
/// spelled letter by letter ("ilrc" → "I, L, R, C"); a longer one is said as it is.
/// </summary>
public static class SpokenAddress
{
    /// <summary>Parts said as the words they are, not spelled.</summary>
    private static readonly HashSet<string> Said = new(StringComparer.OrdinalIgnoreCase) { "org", "gov", "com", "net", "edu", "us" };

    /// <summary>Parts up to this long, when no name word explains them, are spelled.</summary>
    private const int SpelledUpTo = 5;

    /// <summary>
    /// <paramref name="url"/> said in <paramref name="language"/>, with <paramref name="names"/> (the
    /// site's title, publisher) giving the words its run-together parts are made of. Null when the url is not a web address.
    /// </summary>
    public static string? Say(string? url, string language, params string?[] names)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var spanish = VoiceLanguages.Normalize(language) == Language.Spanish;
        var vocabulary = names.OfType<string>()
            .SelectMany(n => n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 1)
            .ToHashSet();
        var host = address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
        var said = string.Join(spanish ? " punto " : " dot ", host.Split('.').Select(p => Part(p, vocabulary)));
        var path = address.AbsolutePath.Trim('/');
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = segment.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).Select(p => Part(p, vocabulary));
            said += (spanish ? ", barra, " : ", slash, ") + string.Join(spanish ? " guion " : " dash ", words);
        }
        return said;
    }

    /// <summary>One part: its name words, spaced; else spelled when short or with digits; else as it is.</summary>
    private static string Part(string part, HashSet<string> vocabulary)
    {
        var lower = part.ToLowerInvariant();
        if (Said.Contains(lower) || vocabulary.Contains(lower))
        {
            return lower;
        }
        if (Split(lower, vocabulary) is { } words)
        {
            return string.Join(' ', words);
        }
        return lower.Length <= SpelledUpTo || lower.Any(char.IsDigit) ? Spell(lower) : lower;
    }

    /// <summary>The part as a run of at least two vocabulary words, or null.</summary>
    private static List<string>? Split(string part, HashSet<string> vocabulary)
    {
        for (var length = part.Length - 1; length > 1; length--)
        {
            var head = part[..length];
            if (!vocabulary.Contains(head))
            {
                continue;
            }
            var tail = part[length..];
            if (vocabulary.Contains(tail))
            {
                return [head, tail];
            }
            if (Split(tail, vocabulary) is { } rest)
            {
                return [head, .. rest];
            }
        }
        return null;
    }

    /// <summary>"I, L, R, C": one letter or digit at a time, a pause between.</summary>
    private static string Spell(string part)
    {
        var spelled = new StringBuilder();
        foreach (var c in part.Where(char.IsLetterOrDigit))
        {
            spelled.Append(spelled.Length == 0 ? string.Empty : ", ").Append(char.ToUpperInvariant(c));
        }
        return spelled.ToString();
    }
}
