using KnowYourRights.Knowledge.Agreements;
using KnowYourRights.Knowledge.Cards;

namespace KnowYourRights.Knowledge.Corpus;

/// <summary>
/// Everything an index is built from: the paper, the citation manifest, the answer cards and
/// the synonym rules, read from a seeds folder (<c>seeds/</c> in the repo, copied beside the app).
/// </summary>
public sealed record KnowledgeSeeds(Paper Paper, SourceManifest Manifest, AnswerCardCatalog Cards, string SynonymRules)
{
    public const string PaperFile = "ending-ices-use-of-state-and-local-resources.txt";
    public const string ManifestFile = "sources.json";
    public const string SynonymsFile = "synonyms.txt";
    public const string AnswersFolder = "answers";
    public const string OutOfScopeFile = "out-of-scope.yaml";

    /// <summary>Subjects next to the bot's own that its sources do not answer (see <see cref="OutOfScopeTopic"/>).</summary>
    public IReadOnlyList<OutOfScopeTopic> OutOfScope { get; init; } = [];

    /// <summary>ICE's list of 287(g) agreements the version is built with: the seeded spreadsheets, or the list a refresh fetched (or kept).</summary>
    public AgreementList Agreements { get; init; } = AgreementList.Empty;

    /// <summary>The folder the seeds were read from (it also holds their shipped sentence vectors); null for seeds made in code.</summary>
    public string? Folder { get; init; }

    public static KnowledgeSeeds Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{folder}' does not exist.");
        }
        var paper = PaperParser.Parse(File.ReadAllText(Path.Combine(folder, PaperFile)));
        var manifest = SourceManifest.Load(Path.Combine(folder, ManifestFile));
        var cards = AnswerCardCatalog.LoadFolder(Path.Combine(folder, AnswersFolder));
        var synonymsPath = Path.Combine(folder, SynonymsFile);
        var synonyms = File.Exists(synonymsPath) ? File.ReadAllText(synonymsPath) : string.Empty;
        return new KnowledgeSeeds(paper, manifest, cards, synonyms)
        {
            OutOfScope = OutOfScopeCatalog.Load(Path.Combine(folder, OutOfScopeFile)),
            Agreements = AgreementSeeds.Load(folder, manifest.TryGet(AgreementSeeds.SourceId, out var page) ? page.Url : null) ?? AgreementList.Empty,
            Folder = folder,
        };
    }
}
