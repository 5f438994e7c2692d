using System.Text.RegularExpressions;
using KnowYourRights.TestSupport.Architecture;

namespace KnowYourRights.Bot.Tests.Architecture;

/// <summary>
/// The rule for wiring (docs/architecture.md, "Where wiring lives"): every <c>Add…</c> extension
/// method lives in its folder's one <c>&lt;Feature&gt;HostingExtensions</c> class, so "where is X
/// registered?" has one answer per folder; every <c>Map&lt;X&gt;</c> extension lives beside its
/// handlers, in the endpoint class <c>&lt;X&gt;</c> (eShop's <c>MapCatalogApi</c> in <c>CatalogApi</c>)
/// or <c>&lt;X&gt;Api</c> (<c>MapPages</c> in <c>PagesApi</c>), so the call in Program.cs names the file that holds the routes.
/// </summary>
public static partial class HostingExtensionsRule
{
    public const string FileSuffix = "HostingExtensions.cs";

    [GeneratedRegex(@"\bstatic\s+[\w<>?,.\s]+?\s+(Add\w*)\s*(?:<[^>]*>)?\s*\(\s*this\b")]
    private static partial Regex AddExtension();

    [GeneratedRegex(@"\bstatic\s+[\w<>?,.\s]+?\s+Map(\w+)\s*(?:<[^>]*>)?\s*\(\s*this\b")]
    private static partial Regex MapExtension();

    /// <summary>One line per method in the wrong file, and per folder with more than one hosting-extensions file.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files)
    {
        var list = files.ToList();
        var misplacedAdds = list
            .Where(f => !IsHostingExtensions(f))
            .SelectMany(f => AddExtension().Matches(f.Code).Select(m => $"{f.Path}: {m.Groups[1].Value} belongs in the folder's {FileSuffix[..^3]} class"));
        var misplacedMaps = list
            .SelectMany(f => MapExtension().Matches(f.Code)
                .Select(m => m.Groups[1].Value)
                .Where(group => Path.GetFileNameWithoutExtension(f.Path) is var type && type != group + "Api" && type != group)
                .Select(group => $"{f.Path}: Map{group} belongs in its endpoint class, {(group.EndsWith("Api", StringComparison.Ordinal) ? group : $"{group} or {group}Api")}"));
        var crowded = list
            .Where(IsHostingExtensions)
            .GroupBy(f => Path.GetDirectoryName(f.Path) ?? string.Empty)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}/: {g.Count()} hosting-extensions files ({string.Join(", ", g.Select(f => Path.GetFileName(f.Path)))})");
        return [.. misplacedAdds, .. misplacedMaps, .. crowded];
    }

    private static bool IsHostingExtensions(SourceFile file) => Path.GetFileName(file.Path).EndsWith(FileSuffix, StringComparison.Ordinal);
}
