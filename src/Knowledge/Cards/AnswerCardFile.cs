using YamlDotNet.Serialization;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>
/// Writes reviewed fields back into a card's Markdown, changing only those: a front-matter field's
/// line is replaced (or added after <c>asOf</c>, or removed when the value is empty), the body is
/// rewritten from the English and Spanish answers; every other line (ways of asking, citations,
/// evidence, follow-ups, fields other engineers add) stays as it was.
/// </summary>
public static class AnswerCardFile
{
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    /// <summary><paramref name="markdown"/> with <paramref name="values"/> (editable field → value, "" for absent) written in.</summary>
    public static string Apply(string markdown, IReadOnlyDictionary<string, string> values)
    {
        var text = markdown.Replace("\r\n", "\n");
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || end < 0)
        {
            throw new FormatException("not a card: no front-matter block");
        }
        var front = text[4..end].Split('\n').ToList();
        foreach (var (field, value) in values.Where(v => v.Key is not (CardReviewFields.Answer or CardReviewFields.AnswerEs)))
        {
            SetField(front, field, value);
        }
        var rest = text[(end + 1)..];
        var bodyStart = rest.IndexOf('\n') is var nl and >= 0 ? nl + 1 : rest.Length;
        var body = text[(end + 1 + bodyStart)..];
        var split = body.IndexOf(AnswerCardParser.SpanishHeading, StringComparison.Ordinal);
        var english = values.TryGetValue(CardReviewFields.Answer, out var en) ? en : (split >= 0 ? body[..split] : body).Trim();
        var spanish = values.TryGetValue(CardReviewFields.AnswerEs, out var es) ? es : split >= 0 ? body[(split + AnswerCardParser.SpanishHeading.Length)..].Trim() : string.Empty;
        var newBody = english.Trim() + "\n" + (spanish.Trim().Length > 0 ? "\n" + AnswerCardParser.SpanishHeading + "\n" + spanish.Trim() + "\n" : string.Empty);
        return "---\n" + string.Join("\n", front) + "\n---\n" + newBody;
    }

    private static void SetField(List<string> front, string field, string value)
    {
        var prefix = field + ":";
        var at = front.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (value.Length == 0)
        {
            if (at >= 0)
            {
                front.RemoveAt(at);
            }
            return;
        }
        var line = prefix + " " + Scalar(value);
        if (at >= 0)
        {
            front[at] = line;
            return;
        }
        // A new field goes after the last review field, or after asOf, or at the end.
        var after = new[] { CardReviewFields.ReviewEvery, CardReviewFields.ReviewedBy, CardReviewFields.Reviewed, "asOf" }
            .Select(f => front.FindIndex(l => l.StartsWith(f + ":", StringComparison.Ordinal)))
            .FirstOrDefault(i => i >= 0, front.Count - 1);
        front.Insert(after + 1, line);
    }

    /// <summary>A one-line YAML scalar, quoted by YamlDotNet when the text needs it (colons, quotes, a leading dash).</summary>
    private static string Scalar(string value)
    {
        var yaml = Yaml.Serialize(value.Replace('\n', ' ')).TrimEnd('\n', '\r');
        return yaml.Contains('\n', StringComparison.Ordinal) ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace('\n', ' ') + "\"" : yaml;
    }
}
