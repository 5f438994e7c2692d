using System.Text.Json;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>
/// The citation manifest (<c>seeds/sources.json</c>): the paper itself and every source its
/// footnotes cite, curated by hand.
/// </summary>
public sealed class SourceManifest
{
    public const string PaperId = "paper";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, Source> _byId;

    public SourceManifest(Source paper, IReadOnlyList<Source> sources)
    {
        Paper = paper;
        Sources = sources;
        _byId = new Dictionary<string, Source>(StringComparer.Ordinal) { [paper.Id] = paper };
        foreach (var source in sources)
        {
            if (!_byId.TryAdd(source.Id, source))
            {
                throw new FormatException($"sources.json: the id '{source.Id}' is used twice.");
            }
        }
    }

    public Source Paper { get; }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The free legal help directories an admin listed (kind "directory").</summary>
    public IEnumerable<Source> LegalHelp => Sources.Where(s => s.IsDirectory);

    public bool TryGet(string id, out Source source) => _byId.TryGetValue(id, out source!);

    public Source Get(string id) =>
        _byId.TryGetValue(id, out var source) ? source : throw new KeyNotFoundException($"No source '{id}' in sources.json.");

    /// <summary>The sources a footnote cites, in manifest order.</summary>
    public IReadOnlyList<Source> ForFootnote(int number) => Sources.Where(s => s.Footnotes.Contains(number)).ToList();

    public static SourceManifest Parse(string json)
    {
        var file = JsonSerializer.Deserialize<ManifestFile>(json, JsonOptions)
            ?? throw new FormatException("sources.json is empty.");
        if (file.Paper is null)
        {
            throw new FormatException("sources.json has no \"paper\" entry.");
        }
        return new SourceManifest(file.Paper, file.Sources ?? []);
    }

    public static SourceManifest Load(string path) => Parse(File.ReadAllText(path));

    public string ToJson() => JsonSerializer.Serialize(new ManifestFile(Paper, Sources.ToList()), JsonOptions);

    private sealed record ManifestFile(Source? Paper, List<Source>? Sources);
}
