using System.Text.Json;

namespace KnowYourRights.Bot.Cli;

/// <summary>An <c>ask --jsonl</c> input line written as JSON: a question and the conversation's earlier messages.</summary>
internal sealed record BatchLine(string? Q, IReadOnlyList<string>? History)
{
    /// <summary>The line as a conversation turn, or null when it is a plain question (anything not a JSON object with "q").</summary>
    public static BatchLine? TryParse(string line)
    {
        if (!line.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<BatchLine>(line, AskCommand.Json) is { Q: not null } turn ? turn : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
