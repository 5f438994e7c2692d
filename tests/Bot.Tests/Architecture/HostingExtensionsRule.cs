using System.Text.RegularExpressions;
using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The rule for wiring (docs/architecture.md, "Where wiring lives"): every <c>Add…</c> and <c>Map…</c> extension method lives in
/// its folder's one <c>&lt;Feature&gt;HostingExtensions</c> class, so "where is X registered?" has
/// one answer per folder.
/// </summary>
public static partial class HostingExtensionsRule
{
    public const string FileSuffix = "HostingExtensions.cs";

    [GeneratedRegex(@"\bstatic\s+[\w<>?,.\s]+?\s+((?:Add|Map)\w*)\s*(?:<[^>]*>)?\s*\(\s*this\b")]
    private static partial Regex AddOrMapExtension();

    /// <summary>One line per method outside a hosting-extensions file, and per folder with more than one such file.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files)
    {
        var list = files.ToList();
        var misplaced = list
            .Where(f => !Path.GetFileName(f.Path).EndsWith(FileSuffix, StringComparison.Ordinal))
            .SelectMany(f => AddOrMapExtension().Matches(f.Code).Select(m => $"{f.Path}: {m.Groups[1].Value} belongs in the folder's {FileSuffix[..^3]} class"));
        var crowded = list
            .Where(f => Path.GetFileName(f.Path).EndsWith(FileSuffix, StringComparison.Ordinal))
            .GroupBy(f => Path.GetDirectoryName(f.Path) ?? string.Empty)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}/: {g.Count()} hosting-extensions files ({string.Join(", ", g.Select(f => Path.GetFileName(f.Path)))})");
        return [.. misplaced, .. crowded];
    }
}
