using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;
using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}

/// <summary>
/// The real site built with its search index, served from loopback, and one headless Debian chromium shared by
/// every browser test. Started lazily by the first test that needs it, so a machine without chromium only skips.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly Lazy<Task<Running>> _running;

    public BrowserSite() => _running = new(StartAsync);

    private sealed record Running(string Folder, string Output, SiteServer Server, IPlaywright Playwright, IBrowser Browser);

    /// <summary>The built output folder.</summary>
    public async Task<string> OutputAsync() => (await _running.Value).Output;

    /// <summary>The absolute URL of a site path ("/explainers/").</summary>
    public async Task<string> UrlAsync(string path) => (await _running.Value).Server.Origin + path;

    /// <summary>A fresh browser context (its own cookies and cache) at a viewport width, light or dark.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, ColorScheme scheme, bool javaScript = true)
    {
        var running = await _running.Value;
        return await running.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-US",
            BaseURL = running.Server.Origin,
        });
    }

    /// <summary>Where screenshots go: $EXPLAINERSITE_SCREENSHOTS, or TestResults/screenshots beside the test binaries (never the repo's tracked files).</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("EXPLAINERSITE_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private static async Task<Running> StartAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var folder = Directory.CreateTempSubdirectory("explainersite-browser-").FullName;
        var output = Path.Combine(folder, "site");
        var search = await PagefindTool.PrepareAsync(TextWriter.Null, searchFrom: [RepoPaths.Root]);
        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, output, RealSite.Options with { Search = search });
        Assert.True(result.Succeeded, "The real site must build with search: " + string.Join("\n", result.Diagnostics));

        var server = await SiteServer.StartAsync(output);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
            Timeout = 60_000,
        });
        Directory.CreateDirectory(ScreenshotFolder);
        return new Running(folder, output, server, playwright, browser);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (!_running.IsValueCreated) return;
        Running running;
        try
        {
            running = await _running.Value;
        }
        catch (Exception)
        {
            return;   // the failure was reported by the tests
        }
        await running.Browser.CloseAsync();
        running.Playwright.Dispose();
        await running.Server.DisposeAsync();
        try { Directory.Delete(running.Folder, recursive: true); }
        catch (IOException) { }
    }
}
