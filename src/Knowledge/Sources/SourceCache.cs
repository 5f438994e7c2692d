using System.Text;
using System.Text.Json;

namespace KnowYourRights.Knowledge.Sources;

/// <summary>
/// The per-source cache under <c>data/sources/ID/</c>: the raw body as downloaded, the extracted
/// text (<c>text.txt</c>) and <c>meta.json</c>. An offline refresh rebuilds from it, and a
/// failed download falls back to it, so a source once fetched is never lost to a bad day.
/// </summary>
public sealed class SourceCache
{
    public const string Folder = "sources";
    public const string TextFile = "text.txt";
    public const string MetaFile = "meta.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public SourceCache(string dataPath) => Root = Path.Combine(Path.GetFullPath(dataPath), Folder);

    public string Root { get; }

    /// <summary>The cache folder of a source. Ids are the manifest's own, but are still made file-name safe.</summary>
    public string PathOf(string sourceId)
    {
        var safe = new string(sourceId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        return Path.Combine(Root, safe.Length == 0 ? "_" : safe);
    }

    public CachedSource? ReadMeta(string sourceId)
    {
        var path = Path.Combine(PathOf(sourceId), MetaFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<CachedSource>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            // A damaged meta file only costs a full download next time.
            return null;
        }
    }

    public string? ReadText(string sourceId)
    {
        var path = Path.Combine(PathOf(sourceId), TextFile);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
    }

    /// <summary>Stores a good download. Each file is replaced by a rename, so a crash never leaves half a text.</summary>
    public void Write(string sourceId, CachedSource meta, byte[] raw, string text)
    {
        var folder = PathOf(sourceId);
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, "raw.*").Where(f => Path.GetFileName(f) != meta.RawFile))
        {
            File.Delete(stale);
        }
        WriteAtomically(Path.Combine(folder, meta.RawFile), raw);
        WriteAtomically(Path.Combine(folder, TextFile), Encoding.UTF8.GetBytes(text));
        WriteMeta(sourceId, meta);
    }

    public void WriteMeta(string sourceId, CachedSource meta)
    {
        Directory.CreateDirectory(PathOf(sourceId));
        WriteAtomically(Path.Combine(PathOf(sourceId), MetaFile), JsonSerializer.SerializeToUtf8Bytes(meta, Json));
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
