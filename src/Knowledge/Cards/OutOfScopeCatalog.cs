using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowYourRights.Knowledge.Cards;

/// <summary>Reads <c>seeds/out-of-scope.yaml</c>: the subjects the bot must decline even when they sound close.</summary>
internal static class OutOfScopeCatalog
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The topics in <paramref name="path"/>; none when the file does not exist.</summary>
    public static IReadOnlyList<OutOfScopeTopic> Load(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        Document document;
        try
        {
            document = Yaml.Deserialize<Document>(File.ReadAllText(path)) ?? new Document();
        }
        catch (YamlException e)
        {
            throw new FormatException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
        return (document.Topics ?? []).Select(t => new OutOfScopeTopic(
                string.IsNullOrWhiteSpace(t.Id) ? throw new FormatException($"{Path.GetFileName(path)}: every topic needs an id.") : t.Id.Trim(),
                t.Reason?.Trim() ?? string.Empty,
                (t.Questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList())
            {
                Words = (t.Words ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList(),
                Asks = (t.Asks ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => Checked(path, a.Trim())).ToList(),
            })
            .ToList();
    }

    /// <summary>A way of asking that compiles; a clear error naming the file otherwise.</summary>
    private static string Checked(string path, string pattern)
    {
        try
        {
            OutOfScopeTopic.Compile(pattern);
            return pattern;
        }
        catch (FormatException e)
        {
            throw new FormatException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    private sealed class Document
    {
        public List<TopicEntry>? Topics { get; set; }
    }

    private sealed class TopicEntry
    {
        public string? Id { get; set; }

        public string? Reason { get; set; }

        public List<string>? Questions { get; set; }

        public List<string>? Words { get; set; }

        public List<string>? Asks { get; set; }
    }
}
