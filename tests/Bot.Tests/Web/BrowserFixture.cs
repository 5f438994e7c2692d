using Microsoft.Playwright;

namespace KnowYourRights.Bot.Tests.Web;

/// <summary>
/// One live app (<see cref="LiveServer"/>) and one Debian Chromium for the browser tests of a
/// class. Nothing is launched where /usr/bin/chromium is missing (those tests are skipped).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium, headless, with nothing that would reach the network on its own.</summary>
    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ChromiumFactAttribute.ChromiumPath,
        Headless = true,
        Args =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
        Timeout = 60_000,
    };

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private LiveServer? _server;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The app is not running.");

    /// <summary>Configuration for the live app, for a fixture that needs more than the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
        {
            return;
        }
        _server = new LiveServer(Settings);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(LaunchOptions);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _server?.Dispose();
    }

    /// <summary>Saves under the repository's TestResults/browser/ (beside the TRX files CI writes), or the test output folder.</summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, "TestResults", "browser");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowYourRights.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
