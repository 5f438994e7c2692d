using KnowYourRights.Knowledge.Corpus;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>The passages of every manifest source whose text is in the cache: what an index build without downloading indexes.</summary>
public static class SourceCorpus
{
    public static IReadOnlyList<SourcePassage> FromCache(SourceManifest manifest, SourceCache cache) =>
        manifest.Sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Url))
            .SelectMany(s => cache.ReadText(s.Id) is { } text ? SourceTextSplitter.Split(s, text) : [])
            .ToList();
}
