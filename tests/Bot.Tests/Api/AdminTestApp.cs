using KnowYourRights.Bot.Api;
using KnowYourRights.Bot.Tests.Fixtures;
using KnowYourRights.Bot.Tests.TestSupport;

namespace KnowYourRights.Bot.Tests.Api;

/// <summary>The real app with the admin API on, over a test's own data folder and seeds, switching to a new index within 200 ms.</summary>
internal static class AdminTestApp
{
    public const string Key = "test-admin-key-0123456789";

    /// <summary>The app; <paramref name="key"/> null turns the admin API off; <paramref name="fetchTimeout"/> bounds each source download.</summary>
    public static TestAppFactory Create(BotTestData data, string? key, TimeSpan fetchTimeout, IReadOnlyDictionary<string, string?>? more = null)
    {
        var app = new TestAppFactory
        {
            UseRealBot = true,
            UseRealClock = true,
            Settings =
            {
                ["Knowledge:DataPath"] = data.DataPath,
                ["Knowledge:SeedsPath"] = data.SeedsPath,
                ["Knowledge:IndexCheckInterval"] = "00:00:00.200",
                ["Knowledge:RetireDelay"] = "00:00:00",
                ["Knowledge:Sources:Timeout"] = fetchTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
                ["Knowledge:Sources:RetryDelay"] = "00:00:00.010",
                ["Admin:ApiKey"] = key,
            },
        };
        foreach (var (name, value) in more ?? new Dictionary<string, string?>())
        {
            app.Settings[name] = value;
        }
        return app;
    }

    /// <summary>A client that sends the admin key.</summary>
    public static HttpClient Client(TestAppFactory app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(AdminKey.Header, Key);
        return client;
    }
}
