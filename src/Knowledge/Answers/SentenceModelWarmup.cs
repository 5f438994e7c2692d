using KnowYourRights.Knowledge.Embeddings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowYourRights.Knowledge.Answers;

/// <summary>
/// Loads the sentence model in the background while the app starts, when
/// <see cref="AnswerOptions.SemanticSearch"/> is on: <c>/healthz</c> answers at once, and the first
/// question does not pay for loading the model (about 0.3 s on a quiet machine, seconds on a busy one).
/// Then, with <see cref="AnswerOptions.WarmUpAnswer"/>, it answers one question, so the first person
/// does not pay for the first answer's one-time work either (about 0.3 s more).
/// </summary>
internal sealed class SentenceModelWarmup(ITextEmbedder embedder, IServiceProvider services, IOptions<AnswerOptions> options, ILogger<SentenceModelWarmup> logger) : IHostedService
{
    /// <summary>A question as short as most: the model's first run also sets up what later runs reuse.</summary>
    private const string WarmText = "What is an ICE detainer?";

    /// <summary>1 once a warm-up in this process has collected the model's load garbage.</summary>
    private static int _collectedAfterLoad;

    /// <summary>The background warm-up, for tests; completed at once when semantic search and the warm-up answer are both off.</summary>
    public Task Warmed { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Starts loading the process's model in the background as soon as the app is configured, when
    /// <see cref="AnswerOptions.SemanticSearch"/> is on (the default): loading it (about 0.3 s) then
    /// overlaps building and starting the host instead of following it. Measured with the published
    /// app on two cores (docs/performance.md): the first answer asked the moment <c>/healthz</c>
    /// answers took 0.34–0.39 s, now 0.1–0.22 s; <c>/healthz</c> itself answers about 0.1 s later.
    /// </summary>
    /// <remarks>The configuration is read as the host will bind it; <see cref="LoadModel"/> then finds the model loaded or waits for it.</remarks>
    /// <returns>The loading, or null when semantic search is off (the model is then never loaded).</returns>
    public static Task? StartLoading(IConfiguration configuration) =>
        !bool.TryParse(configuration[$"{AnswerOptions.Section}:{nameof(AnswerOptions.SemanticSearch)}"], out var semantic) || semantic
            ? Task.Run(ArcticXsEmbedder.Shared.Warm)
            : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SemanticSearch || options.Value.WarmUpAnswer)
        {
            Warmed = Task.Run(Warm, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        try
        {
            if (options.Value.SemanticSearch)
            {
                LoadModel();
            }
            if (options.Value.WarmUpAnswer)
            {
                // Resolved here, not in the constructor: the index opens (or is built) in its own warm-up first.
                services.GetRequiredService<AnswerService>().Ask(WarmText);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The first question tries again and fails visibly; starting must not fail for it.
            logger.LogWarning("Warming up the answer path at start failed: {Error}", e.Message);
        }
    }

    private void LoadModel()
    {
        embedder.Embed(WarmText);
        // Loading leaves the managed copy of the model file (tens of MB on the large object
        // heap) as garbage, which a small heap may not collect for a long time: give it back now.
        // Once per process, as the model is: a host started later (tests start hundreds) finds
        // it loaded, and a blocking full GC there would only stop every other thread.
        if (Interlocked.Exchange(ref _collectedAfterLoad, 1) == 0)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
