using System.Text;
using KnowYourRights.Bot.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>What a test app keeps about questions: its insights rows, waited for, and the raw bytes of its database folder.</summary>
internal static class InsightsFiles
{
    /// <summary>Waits (up to 20 s) until the background writer has stored <paramref name="count"/> unanswered rows; returns them.</summary>
    public static Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(TestAppFactory app, int count) =>
        WaitForAsync(app, store => store.Unanswered(DateOnly.MinValue, 1000), rows => rows.Count >= count);

    /// <summary>Waits (up to 20 s) until <paramref name="count"/> questions are counted; returns the counts.</summary>
    public static Task<IReadOnlyList<QuestionCount>> CountsAsync(TestAppFactory app, int count) =>
        WaitForAsync(app, store => store.Counts(DateOnly.MinValue), rows => rows.Sum(r => r.Count) >= count);

    /// <summary>Waits (up to 20 s) until <paramref name="count"/> votes are counted; returns the counts.</summary>
    public static Task<IReadOnlyList<FeedbackCount>> FeedbackCountsAsync(TestAppFactory app, int count) =>
        WaitForAsync(app, store => store.FeedbackCounts(DateOnly.MinValue), rows => rows.Sum(r => r.Count) >= count);

    private static async Task<IReadOnlyList<T>> WaitForAsync<T>(TestAppFactory app, Func<InsightsStore, IReadOnlyList<T>> read, Func<IReadOnlyList<T>, bool> enough)
    {
        var store = app.Services.GetRequiredService<InsightsStore>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var rows = File.Exists(store.Path) ? read(store) : [];
            if (enough(rows) || DateTime.UtcNow > deadline)
            {
                return rows;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Every byte of every file in the database's folder (the database, and any journal), as UTF-8 and as UTF-16 text.</summary>
    public static string Dump(TestAppFactory app)
    {
        var folder = Path.GetDirectoryName(app.Services.GetRequiredService<InsightsStore>().Path)!;
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            var bytes = File.ReadAllBytes(file);
            text.Append(Encoding.UTF8.GetString(bytes)).Append('\n').Append(Encoding.Unicode.GetString(bytes)).Append('\n');
        }
        return text.ToString();
    }
}
