namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// A test that drives Debian's Chromium through Playwright. Skipped, saying why, only where
/// /usr/bin/chromium is missing (`apt-get install chromium`); CI installs it, so there it runs.
/// Playwright never downloads a browser here: the test names this executable.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium) to run the browser test.";
        }
    }
}
