using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace KnowYourRights.Knowledge.Embeddings;

/// <summary>
/// A file of sentence vectors keyed by the SHA-256 of their text: records of 32 hash bytes and
/// the vector's float32 values, nothing else, so it holds no text. One file per model, named by
/// <see cref="FileName"/>. Used for the vectors saved in a data folder (<c>embeddings/</c>) and
/// for the ones shipped with the seeds (<c>seeds/vectors/</c>). float32, not float16 or int8:
/// answers must be the same whether a vector was read or encoded.
/// </summary>
public static class VectorFile
{
    public const int HashBytes = 32;

    /// <summary>The file name for a model's vectors: its id with anything but letters, digits, '-' and '.' as '_'.</summary>
    public static string FileName(string modelId) =>
        string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".vec";

    /// <summary>The key of a text: the hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads a file's records; a record cut short (a crash while appending) ends the reading, the rest is kept.</summary>
    public static IEnumerable<KeyValuePair<string, float[]>> Read(string path, int dimensions)
    {
        if (!File.Exists(path))
        {
            yield break;
        }
        var record = HashBytes + (dimensions * sizeof(float));
        var bytes = File.ReadAllBytes(path);
        for (var offset = 0; offset + record <= bytes.Length; offset += record)
        {
            var vector = new float[dimensions];
            Buffer.BlockCopy(bytes, offset + HashBytes, vector, 0, vector.Length * sizeof(float));
            yield return new(Convert.ToHexString(bytes, offset, HashBytes), vector);
        }
    }

    /// <summary>Writes one record.</summary>
    public static void WriteRecord(Stream stream, string key, float[] vector)
    {
        stream.Write(Convert.FromHexString(key));
        stream.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
    }

    /// <summary>Writes a whole file, records in key order, so the same texts always give the same bytes.</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, float[]>> vectors)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var stream = File.Create(temp))
        {
            foreach (var (key, vector) in vectors.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                WriteRecord(stream, key, vector);
            }
        }
        File.Move(temp, path, overwrite: true);
    }
}
