namespace KnowYourRights.Bot.Tests.TestSupport;

/// <summary>Waits for something that happens by itself (a reconnect, a file watcher), polling, with a generous deadline: never a timing assertion.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not true within {within ?? TimeSpan.FromSeconds(60)}.");
            }
            await Task.Delay(100);
        }
    }
}
