using System.Text.Json;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>Reads validation questions: JSON lines <c>{"question": "…", "expect": "card-or-source-id"}</c>; blank and <c>#</c> lines skipped.</summary>
internal static class ValidationSet
{
    public const string SeedsFile = "validation.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ValidationQuestion> Load(string path) =>
        File.ReadLines(path)
            .Select((line, index) => (Line: line.Trim(), Number: index + 1))
            .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
            .Select(l => Parse(l.Line, path, l.Number))
            .ToList();

    private static ValidationQuestion Parse(string line, string path, int number)
    {
        try
        {
            var question = JsonSerializer.Deserialize<ValidationQuestion>(line, Json);
            return question is { Question.Length: > 0, Expect.Length: > 0 }
                ? question
                : throw new FormatException($"{path}:{number}: needs \"question\" and \"expect\".");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}:{number}: {e.Message}", e);
        }
    }
}
