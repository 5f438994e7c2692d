using System.Text.Json;
using KnowYourRights.Knowledge.Cards;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Sources;
using KnowYourRights.Knowledge.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace KnowYourRights.Knowledge.Indexing;

/// <summary>
/// Builds a new index version from the seeds and makes it live: write, commit, check, then
/// promote. The live index is never touched until the new one is complete.
/// </summary>
public static class IndexBuilder
{
    public const string BuildInfoFile = "build.json";

    /// <summary>The out-of-scope subjects this version was built with (their ways of asking are also embedded in its vectors).</summary>
    public const string OutOfScopeFile = "out-of-scope.json";
    public const int VersionsKept = 3;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly FieldType AnalyzedWithVectors = CreateAnalyzedWithVectors();

    /// <summary>
    /// Builds and promotes a new version from the seeds and, when given, the passages of cited
    /// sources' own text. Throws <see cref="IndexBusyException"/> if another build holds the lock.
    /// </summary>
    public static IndexBuildReport Build(
        KnowledgeSeeds seeds, IndexStore store, ITextEmbedder embedder, TimeSpan? waitForLock = null, IReadOnlyList<SourcePassage>? sourcePassages = null)
    {
        using var buildLock = store.TryLockForBuild(waitForLock ?? TimeSpan.Zero)
            ?? throw new IndexBusyException("Another index build is running on this data folder; try again when it ends.");
        return BuildLocked(seeds, store, sourcePassages ?? [], embedder);
    }

    /// <summary>
    /// Builds from the seeds (and any source text already in the data folder's cache) unless a
    /// current index exists (the app's first start), or the current one was built before versions
    /// held sentence vectors (the first start after an upgrade), which would answer lexically only.
    /// </summary>
    public static void EnsureBuilt(IndexStore store, Func<KnowledgeSeeds> seeds, ITextEmbedder embedder, TimeSpan waitForLock)
    {
        if (IsCurrentUsable(store))
        {
            return;
        }
        using var buildLock = store.TryLockForBuild(waitForLock)
            ?? throw new IndexBusyException("Timed out waiting for another process to build the index.");
        if (!IsCurrentUsable(store))
        {
            var loaded = seeds();
            BuildLocked(loaded, store, SourceCorpus.FromCache(loaded.Manifest, new SourceCache(store.DataPath)), embedder);
        }
    }

    /// <summary>True when <paramref name="version"/> finished building, went live, has sentence vectors and ICE's 287(g) list.</summary>
    internal static bool IsUsable(IndexStore store, string version) =>
        store.IsComplete(version) && File.Exists(Path.Combine(store.VersionPath(version), IndexVectors.FileName))
        && File.Exists(Path.Combine(store.VersionPath(version), Agreements.AgreementList.FileName));

    private static bool IsCurrentUsable(IndexStore store) => store.CurrentVersion() is { } version && IsUsable(store, version);

    private static IndexBuildReport BuildLocked(KnowledgeSeeds seeds, IndexStore store, IReadOnlyList<SourcePassage> sourcePassages, ITextEmbedder embedder)
    {
        var report = BuildVersion(seeds, store, sourcePassages, embedder);
        try
        {
            store.Promote(report.Version);
        }
        catch
        {
            // E.g. a full disk while writing CURRENT: the old CURRENT stands, and this version must not linger.
            store.Discard(report.Version);
            throw;
        }
        store.Prune(VersionsKept);
        return report;
    }

    /// <summary>
    /// Writes, commits and checks a new version folder without making it live; the caller holds
    /// the build lock and promotes it (or deletes it with <see cref="IndexStore.Discard"/>).
    /// A build that throws leaves no folder behind; one that is killed leaves a folder that is
    /// <see cref="IndexStore.PendingFile"/> (or unfinished), which the next writer removes.
    /// </summary>
    internal static IndexBuildReport BuildVersion(
        KnowledgeSeeds seeds, IndexStore store, IReadOnlyList<SourcePassage> sourcePassages, ITextEmbedder embedder)
    {
        var synonyms = DomainAnalyzer.ParseSynonyms(seeds.SynonymRules);
        var version = store.NewVersionName();
        var folder = store.VersionPath(version);
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, IndexStore.PendingFile), string.Empty);
            using (var directory = FSDirectory.Open(folder))
            using (var analyzer = KnowledgeAnalyzer.Create(synonyms))
            {
                var config = new IndexWriterConfig(LuceneSettings.Version, analyzer)
                {
                    OpenMode = OpenMode.CREATE,
                    Similarity = new BM25Similarity(),
                };
                using var writer = new IndexWriter(directory, config);
                foreach (var passage in seeds.Paper.Passages)
                {
                    writer.AddDocument(PassageDocument(passage));
                }
                foreach (var card in seeds.Cards.Cards)
                {
                    writer.AddDocument(CardDocument(card));
                }
                foreach (var passage in sourcePassages)
                {
                    writer.AddDocument(SourcePassageDocument(passage));
                }
                writer.Commit();
            }
            IndexWritePoint.Reach(IndexWritePoint.Writing);

            IndexVectors.Create(seeds, sourcePassages, new EmbeddingCache(embedder, store.DataPath, seeds.Folder)).Write(folder);
            File.WriteAllText(Path.Combine(folder, KnowledgeSeeds.ManifestFile), seeds.Manifest.ToJson());
            File.WriteAllText(Path.Combine(folder, KnowledgeSeeds.SynonymsFile), seeds.SynonymRules);
            File.WriteAllText(Path.Combine(folder, OutOfScopeFile), JsonSerializer.Serialize(seeds.OutOfScope, Json));
            seeds.Agreements.Write(folder);
            var report = new IndexBuildReport(
                version,
                DateTimeOffset.UtcNow,
                seeds.Paper.Passages.Count,
                seeds.Paper.Footnotes.Count,
                seeds.Manifest.Sources.Count,
                seeds.Cards.Cards.Count,
                seeds.SynonymRules.Split('\n').Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')),
                seeds.Cards.Cards.Select(card => Readability(card, seeds)).ToList())
            {
                SourcePassages = sourcePassages.Count,
            };
            File.WriteAllText(Path.Combine(folder, BuildInfoFile), JsonSerializer.Serialize(report, Json));

            // Open what was written before it goes live: a build that cannot be read never replaces a good one.
            using (var check = KnowledgeSnapshot.Open(folder, version))
            {
                if (check.DocumentCount != seeds.Paper.Passages.Count + seeds.Cards.Cards.Count + sourcePassages.Count)
                {
                    throw new InvalidDataException($"The new index holds {check.DocumentCount} documents, not the expected number.");
                }
            }
            IndexWritePoint.Reach(IndexWritePoint.Written);
            return report;
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    private static CardReadability Readability(AnswerCard card, KnowledgeSeeds seeds)
    {
        var plain = ReadingGrade.PlainText(card.Answer);
        var grade = ReadingGrade.FleschKincaid(plain);
        var words = ReadingGrade.CountWords(plain);
        // The English answer's grade and length are the columns of the report; every other rule is a line under them.
        var problems = CardRules.Problems(card, seeds.Paper, seeds.Manifest).Where(p => !p.StartsWith("answer: ", StringComparison.Ordinal)).ToList();
        var flagged = grade > ReadingGrade.TargetGrade || words > ReadingGrade.MaxCardWords || problems.Count > 0;
        return new CardReadability(card.Id, Math.Round(grade, 1), words, flagged) { Problems = problems };
    }

    private static Document PassageDocument(Passage passage) =>
    [
        new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
        new StringField(IndexFields.Type, IndexFields.PassageType, Field.Store.YES),
        new Field(IndexFields.Heading, passage.Heading, AnalyzedWithVectors),
        new Field(IndexFields.Text, passage.Text, AnalyzedWithVectors),
        new StoredField(IndexFields.Payload, passage.MarkedText),
    ];

    private static Document CardDocument(AnswerCard card)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, card.Id, Field.Store.YES),
            new StringField(IndexFields.Type, IndexFields.CardType, Field.Store.YES),
            new Field(IndexFields.Heading, card.Topic, AnalyzedWithVectors),
            new Field(IndexFields.Text, CitationMarkers.Strip(card.Answer + "\n" + card.AnswerEs), AnalyzedWithVectors),
            new StoredField(IndexFields.Payload, JsonSerializer.Serialize(card, Json)),
        };
        foreach (var question in card.WaysOfAsking)
        {
            document.Add(new Field(IndexFields.Questions, question, AnalyzedWithVectors));
        }
        return document;
    }

    private static Document SourcePassageDocument(SourcePassage passage) =>
    [
        new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
        new StringField(IndexFields.Type, IndexFields.SourceType, Field.Store.YES),
        new StoredField(IndexFields.SourceId, passage.SourceId),
        new Field(IndexFields.Heading, passage.Heading, AnalyzedWithVectors),
        new Field(IndexFields.Text, passage.Text, AnalyzedWithVectors),
        new StoredField(IndexFields.Payload, passage.Text),
    ];

    private static FieldType CreateAnalyzedWithVectors()
    {
        // Term vectors let the searcher see which of a question's concepts each hit contains.
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true };
        type.Freeze();
        return type;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Leave it; Prune removes stray folders later.
        }
    }
}
