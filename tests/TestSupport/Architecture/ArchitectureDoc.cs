namespace KnowYourRights.TestSupport.Architecture;

/// <summary>
/// The ladders as <c>docs/architecture.md</c> tells them: a table after a
/// <c>&lt;!-- layers:NAME …--&gt;</c> line, one row per rung, bottom first, whose second column
/// names the rung's folders in backticks (<c>`Channels/Sms`</c>). The docs tests compare them with
/// the ladders the direction tests enforce, so the map a newcomer reads cannot drift from the code.
/// </summary>
public static class ArchitectureDoc
{
    /// <summary><c>docs/architecture.md</c> in the repository.</summary>
    public static string FilePath() => Path.Combine(Path.GetDirectoryName(SourceTree.SourceFolder())!, "docs", "architecture.md");

    /// <summary>
    /// The namespaces of each rung of the ladder <paramref name="name"/>, bottom first, each folder
    /// under <paramref name="root"/> (<c>KnowYourRights.Bot.</c> + <c>Channels/Sms</c> →
    /// <c>KnowYourRights.Bot.Channels.Sms</c>). Empty when the document has no such table.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Ladder(string markdown, string name, string root)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart().StartsWith($"<!-- layers:{name} ", StringComparison.Ordinal));
        if (start < 0)
        {
            return [];
        }
        return lines.Skip(start + 1)
            .SkipWhile(l => !l.TrimStart().StartsWith('|'))
            .TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Skip(2) // the header and the separator
            .Select(row => row.Split('|'))
            .Where(cells => cells.Length > 2)
            .Select(cells => (IReadOnlyList<string>)cells[2].Split('`').Where((_, i) => i % 2 == 1)
                .Select(folder => root + folder.Trim().Replace('/', '.'))
                .ToList())
            .ToList();
    }

    /// <summary>Each rung as one line ("KnowYourRights.Bot.Api KnowYourRights.Bot.Cli …"), for a readable comparison.</summary>
    public static IReadOnlyList<string> Rungs(IEnumerable<IEnumerable<string>> ladder) =>
        ladder.Select(rung => string.Join(" ", rung.Order(StringComparer.Ordinal))).ToList();
}
