using System.Diagnostics.Metrics;
using KnowYourRights.Bot.Bots;
using KnowYourRights.Bot.Insights;
using KnowYourRights.Knowledge;
using KnowYourRights.Knowledge.Answers;
using KnowYourRights.Knowledge.Embeddings;
using KnowYourRights.Knowledge.Indexing;
using KnowYourRights.Knowledge.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using KnowYourRights.TestSupport.Knowledge;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>
/// The real knowledge index built from the repository's seeds (copied to the test output's
/// <c>seeds/</c> folder by the Bot project) in the folder both test projects and later runs share
/// (<see cref="SharedTestIndex"/>: built once, then opened), and the real <see cref="AnswerService"/>
/// over it. HTTP tests point the app's Knowledge:DataPath at the same folder, so they open the
/// built index instead of building their own; a test that changes an index works on a copy
/// (<see cref="CopyDataTo"/>).
/// </summary>
public sealed class TestKnowledge
{
    private static readonly Lazy<TestKnowledge> LazyShared = new(() => new TestKnowledge(), LazyThreadSafetyMode.ExecutionAndPublication);

    private TestKnowledge()
    {
        DataPath = SharedTestIndex.DataPathFor(SeedsPath);
        Options = Microsoft.Extensions.Options.Options.Create(new AnswerOptions());
        Index = KnowledgeIndex.Open(DataPath, SeedsPath, ArcticXsEmbedder.Shared, SharedTestIndex.WaitForBuild);
        Answers = new AnswerService(Index, Options, ArcticXsEmbedder.Shared);
        Menu = new TopicMenu(Index, Options);
        // Counts in memory only: a conversation outside the app keeps nothing.
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        var insights = Microsoft.Extensions.Options.Options.Create(new InsightsOptions { Enabled = false });
        Recorder = new QuestionRecorder(new KnowledgeMetrics(meters, Index), new InsightsQueue(insights, meters), insights, TimeProvider.System);
        // Votes are sealed and checked for real (keys in memory), and counted in memory only.
        Tickets = new FeedbackTickets(
            new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider(), Microsoft.Extensions.Options.Options.Create(new FeedbackOptions()), insights, TimeProvider.System);
        FeedbackRecorder = new FeedbackRecorder(Index, new InsightsQueue(insights, meters), insights, TimeProvider.System, meters);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Cleanup();
    }

    public static TestKnowledge Shared => LazyShared.Value;

    /// <summary>
    /// A question the seeds' cards answer with "did you mean" and two or more choices: one that two
    /// cards fit about equally well. If tuning changes, add another.
    /// </summary>
    public string DidYouMeanQuestion => _didYouMean.Value;

    private readonly Lazy<string> _didYouMean = new(() =>
    {
        string[] candidates = ["cities sanctuary", "county court", "rules agreements", "287(g) detainers"];
        return candidates.FirstOrDefault(q => LazyShared.Value.Answers.Ask(q) is { Kind: AnswerKinds.DidYouMean, DidYouMean.Count: >= 2 })
            ?? throw new InvalidOperationException("No candidate question gets a did-you-mean with two choices any more: add one.");
    });

    public static string SeedsPath => Path.Combine(AppContext.BaseDirectory, "seeds");

    public string DataPath { get; }

    public IOptions<AnswerOptions> Options { get; }

    public KnowledgeIndex Index { get; }

    public AnswerService Answers { get; }

    public TopicMenu Menu { get; }

    public FeedbackTickets Tickets { get; }

    public FeedbackRecorder FeedbackRecorder { get; }

    /// <summary>
    /// Copies the data folder (its live version and its cached sentence vectors) for a test that
    /// changes it: a build there reuses every vector and takes seconds.
    /// </summary>
    public void CopyDataTo(string folder)
    {
        foreach (var file in Directory.GetFiles(DataPath, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == IndexStore.LockFile)
            {
                continue;
            }
            var target = Path.Combine(folder, Path.GetRelativePath(DataPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>A question recorder with insights off (metrics only), for bots made outside the app.</summary>
    public QuestionRecorder Recorder { get; }

    /// <summary>The index closes; the folder stays for the other test project and the next run.</summary>
    private void Cleanup() => Index.Dispose();
}
