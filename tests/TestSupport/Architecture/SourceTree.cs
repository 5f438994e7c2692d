using System.Text.RegularExpressions;

namespace KnowYourRights.TestSupport.Architecture;

/// <summary>One source file: the namespace it declares and the project namespaces its code names.</summary>
public sealed record SourceFile(string Path, string? Namespace, IReadOnlySet<string> References, string Code);

/// <summary>
/// The project's own C# sources under <c>src/</c>, read as text: for each file, the namespace it
/// declares and every project namespace it names — in a <c>using</c> directive, an alias, or a
/// qualified name (<c>KnowYourRights.Knowledge.Search.Concept</c>, or relative to an enclosing
/// namespace, <c>Knowledge.Text.Language</c>). Comments and strings are not code.
/// </summary>
/// <remarks>
/// Reading source rather than compiled assemblies sees what a reader sees, including a
/// <c>using</c> that the compiler would drop. Types of an enclosing namespace need no
/// <c>using</c> in C#, so they are not seen here; the only ones above the layers are the
/// projects' roots (<c>KnowYourRights.Knowledge</c>: its options and hosting; <c>KnowYourRights.Bot</c>:
/// nothing), which are on no layer.
/// </remarks>
public static partial class SourceTree
{
    public const string ProjectPrefix = "KnowYourRights.";

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    /// <summary>A dotted name that does not continue another one (so "Bot.Builder" inside "Microsoft.Bot.Builder" is not read alone).</summary>
    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+")]
    private static partial Regex DottedName();

    /// <summary>The repository's <c>src/</c> folder, found from the test assembly's folder upwards.</summary>
    public static string SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowYourRights.Bot.sln")))
            {
                return Path.Combine(folder.FullName, "src");
            }
        }
        throw new DirectoryNotFoundException($"No KnowYourRights.Bot.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Every .cs file under <paramref name="folder"/> (build output excluded), paths relative to it.</summary>
    public static IReadOnlyList<SourceFile> Read(string folder) =>
        Parse(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(folder, path)))));

    /// <summary>Parses sources given as (path, text): how a test feeds the checks made-up code.</summary>
    public static IReadOnlyList<SourceFile> Parse(IEnumerable<(string Path, string Text)> sources)
    {
        var parsed = sources
            .Select(s => (s.Path, Code: CodeText.Of(s.Text)))
            .Select(s => (s.Path, s.Code, Namespace: NamespaceDeclaration().Match(s.Code) is { Success: true } m ? m.Groups[1].Value : null))
            .ToList();
        var known = parsed.Where(p => p.Namespace is not null).Select(p => p.Namespace!).ToHashSet(StringComparer.Ordinal);
        return parsed
            .Select(p => new SourceFile(p.Path, p.Namespace, References(p.Code, p.Namespace, known), p.Code))
            .ToList();
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="space"/> or inside it.</summary>
    public static bool IsIn(string name, string space) =>
        name == space || name.StartsWith(space + ".", StringComparison.Ordinal);

    private static HashSet<string> References(string code, string? ownNamespace, HashSet<string> known)
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in DottedName().Matches(code))
        {
            var name = Regex.Replace(match.Value, @"\s+", string.Empty);
            if (name.StartsWith("namespace", StringComparison.Ordinal))
            {
                continue;
            }
            if (Resolve(name, ownNamespace, known) is { } space && space != ownNamespace)
            {
                references.Add(space);
            }
        }
        return references;
    }

    /// <summary>
    /// The project namespace a dotted name points into, looked up as C# does: from the innermost
    /// enclosing namespace outwards, the first where its first part is a namespace; then the
    /// longest known namespace it starts with.
    /// </summary>
    private static string? Resolve(string name, string? ownNamespace, HashSet<string> known)
    {
        var first = name.Split('.')[0];
        foreach (var scope in Scopes(ownNamespace))
        {
            var qualified = scope.Length == 0 ? name : scope + "." + name;
            var head = scope.Length == 0 ? first : scope + "." + first;
            if (!known.Any(k => IsIn(k, head)))
            {
                continue;
            }
            return known.Where(k => IsIn(qualified, k)).MaxBy(k => k.Length);
        }
        return null;
    }

    /// <summary>The enclosing namespaces from the innermost out, ending with the global one ("").</summary>
    private static IEnumerable<string> Scopes(string? ownNamespace)
    {
        for (var scope = ownNamespace; !string.IsNullOrEmpty(scope); scope = scope.Contains('.') ? scope[..scope.LastIndexOf('.')] : null)
        {
            yield return scope;
        }
        yield return string.Empty;
    }
}
