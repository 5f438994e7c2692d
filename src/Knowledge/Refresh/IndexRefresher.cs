using System.Text.Json;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Corpus;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Sources;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Refresh;

/// <summary>
/// Refreshes the knowledge from the real sources without taking the bot down: fetch every cited
/// source into the cache, build a new index version from the seeds and the sources' text,
/// validate it, and only then make it live (atomic CURRENT rename; every running
/// <see cref="KnowledgeIndex"/> on the data folder switches on its own). Anything that fails
/// before the promotion leaves the live index exactly as it was.
/// </summary>
/// <remarks>
/// A refresh holds <see cref="RefreshExclusion"/> from before the fetch until after the promotion:
/// the data folder's build lock, and the lock the instances share (<paramref name="instances"/>)
/// when one is configured, since an OS file lock on a network share may not keep out other hosts.
/// </remarks>
public sealed class IndexRefresher(
    IOptions<IndexOptions> options, IOptions<AnswerOptions> answerOptions, ITextEmbedder embedder,
    IOptions<SourceFetchOptions> fetchOptions, SourceFetcher fetcher, IRefreshLock? instances = null)
{
    private readonly IndexOptions _options = options.Value;
    private readonly SourceFetchOptions _fetchOptions = fetchOptions.Value;

    /// <summary>
    /// Keeps every other writer out of the data folder until disposed (see <see cref="RefreshExclusion.TakeAsync"/>):
    /// take it first to refuse a second writer before any work starts, then pass it to
    /// <see cref="RefreshAsync(RefreshExclusion, RefreshRequest, IProgress{RefreshProgress}?, CancellationToken)"/> or a rollback.
    /// </summary>
    public Task<RefreshExclusion> ExcludeOthersAsync(CancellationToken cancel) =>
        RefreshExclusion.TakeAsync(new IndexStore(_options.DataPath), instances, cancel);

    /// <summary>
    /// Makes an earlier version live again (see <see cref="IndexRollback"/>) under the same
    /// exclusion as a refresh, so a rollback on one instance never interleaves with a refresh on another.
    /// </summary>
    public Task<(string? From, string To)> RollbackAsync(string? toVersion, CancellationToken cancel) =>
        IndexRollback.RollbackAsync(new IndexStore(_options.DataPath), instances, toVersion, cancel);

    /// <summary>
    /// Runs one refresh. Throws <see cref="IndexBusyException"/> when another build or refresh
    /// holds the data folder or runs on another instance (the second is refused, never
    /// interleaved), <see cref="RefreshLockUnavailableException"/> when the instances' lock
    /// cannot be reached, and <see cref="FormatException"/> or <see cref="IOException"/> when the
    /// seeds or the sources file cannot be read. Every other outcome is in the report.
    /// </summary>
    public async Task<RefreshReport> RefreshAsync(RefreshRequest request, IProgress<RefreshProgress>? progress, CancellationToken cancel)
    {
        await using var held = await ExcludeOthersAsync(cancel).ConfigureAwait(false);
        return await RefreshAsync(held, request, progress, cancel).ConfigureAwait(false);
    }

    /// <summary>As <see cref="RefreshAsync(RefreshRequest, IProgress{RefreshProgress}?, CancellationToken)"/>, under an exclusion the caller took (and disposes).</summary>
    public async Task<RefreshReport> RefreshAsync(RefreshExclusion held, RefreshRequest request, IProgress<RefreshProgress>? progress, CancellationToken cancel)
    {
        var store = held.Store;
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel, held.Lost);
        var started = DateTimeOffset.UtcNow;
        var previous = store.CurrentVersion();

        var seeds = KnowledgeSeeds.Load(_options.SeedsPath);
        if (request.SourcesFile is { } sourcesFile)
        {
            seeds = seeds with { Manifest = SourceManifest.Load(sourcesFile) };
        }
        var validationPath = request.ValidationFile ?? Path.Combine(_options.SeedsPath, ValidationSet.SeedsFile);
        var questions = request.ValidationFile is not null || File.Exists(validationPath) ? ValidationSet.Load(validationPath) : [];

        progress?.Report(new RefreshProgress(RefreshPhase.Fetching));
        var sourceProgress = progress is null ? null : new InlineProgress<SourceProgress>(s => progress.Report(new RefreshProgress(RefreshPhase.Fetching, s)));
        var fetched = await new SourceRefresher(fetcher, new SourceCache(store.DataPath), _fetchOptions)
            .RefreshAsync(seeds.Manifest.Sources, request.Offline, sourceProgress, stopping.Token)
            .ConfigureAwait(false);

        var passages = new List<SourcePassage>();
        var sources = new List<SourceFetchResult>(fetched.Count);
        foreach (var result in fetched)
        {
            var split = result.Text is { } text ? SourceTextSplitter.Split(seeds.Manifest.Get(result.SourceId), text) : [];
            passages.AddRange(split);
            sources.Add(result with { Passages = split.Count });
        }
        var report = new RefreshReport
        {
            Live = false, PreviousVersion = previous, StartedAt = started, Offline = request.Offline, Strict = request.Strict, Sources = sources,
            PaperPassages = seeds.Paper.Passages.Count, Cards = seeds.Cards.Cards.Count, SourcePassages = passages.Count,
        };
        if (request.Strict && report.Failed > 0)
        {
            return Done(report with { Problem = $"--strict: {report.Failed} source(s) failed; nothing was built." });
        }

        progress?.Report(new RefreshProgress(RefreshPhase.Building));
        IndexBuildReport build;
        try
        {
            build = IndexBuilder.BuildVersion(seeds, store, passages, embedder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or KnowledgeIndexException)
        {
            return Done(report with { Problem = $"the build failed: {e.Message}; the live index was not changed." });
        }
        report = report with { Version = build.Version };

        progress?.Report(new RefreshProgress(RefreshPhase.Validating));
        IReadOnlyList<string> problems;
        IReadOnlyList<ValidationResult> results;
        try
        {
            using var snapshot = KnowledgeSnapshot.Open(store.VersionPath(build.Version), build.Version);
            (problems, results) = IndexValidator.Validate(snapshot, seeds, passages.Count, questions, answerOptions.Value, embedder);
        }
        catch (KnowledgeIndexException e)
        {
            (problems, results) = ([e.Message], []);
        }
        report = report with { ValidationProblems = problems, Validation = results };
        if (problems.Count > 0)
        {
            store.Discard(build.Version);
            return Done(report with { Problem = $"validation failed ({problems.Count} problem(s)); the live index was not changed." });
        }

        if (held.Lost.IsCancellationRequested)
        {
            // Another instance may be writing now: making this version live could undo its work.
            store.Discard(build.Version);
            return Done(report with { Problem = "the lock shared by the instances was lost during the refresh; the live index was not changed." });
        }

        progress?.Report(new RefreshProgress(RefreshPhase.Promoting));
        var live = Done(report with { Live = true });
        try
        {
            // Written before the promotion, so a live version always has its report.
            File.WriteAllText(Path.Combine(store.VersionPath(build.Version), RefreshReport.FileName), JsonSerializer.Serialize(live, IndexBuilder.Json));
            store.Promote(build.Version);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk while writing the report or CURRENT: the old CURRENT stands.
            store.Discard(build.Version);
            return Done(report with { Problem = $"could not go live: {e.Message}; the live index was not changed." });
        }
        store.Prune(IndexBuilder.VersionsKept);
        return live;
    }

    /// <summary>The refresh report of a version, or null for a version built without one (<c>index build</c>).</summary>
    public static RefreshReport? ReadReport(IndexStore store, string version)
    {
        var path = Path.Combine(store.VersionPath(version), RefreshReport.FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RefreshReport>(File.ReadAllText(path), IndexBuilder.Json) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    private static RefreshReport Done(RefreshReport report) => report with { FinishedAt = DateTimeOffset.UtcNow };

    /// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post to a sync context and reorder events.</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
