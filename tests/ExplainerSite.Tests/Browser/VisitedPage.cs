using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// One page opened in its own browser context, with everything that went wrong while it loaded: console errors,
/// uncaught exceptions, failed requests and responses of 400 or more (except the expected 404 of the 404 page).
/// </summary>
internal sealed class VisitedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems;

    private VisitedPage(IBrowserContext context, IPage page, IResponse? response, List<string> problems) =>
        (_context, Page, Response, _problems) = (context, page, response, problems);

    public IPage Page { get; }
    public IResponse? Response { get; }

    public IReadOnlyList<string> Problems
    {
        get { lock (_problems) return [.. _problems]; }
    }

    public static async Task<VisitedPage> OpenAsync(BrowserSite site, string path, int width, ColorScheme scheme,
        bool expectNotFound = false, bool waitForNetworkIdle = false)
    {
        var context = await site.NewContextAsync(width, scheme);
        var page = await context.NewPageAsync();
        var target = await site.UrlAsync(path);
        var problems = new List<string>();
        void Add(string problem) { lock (problems) problems.Add(problem); }
        bool IsExpected404(string url) => expectNotFound && url == target;

        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // Location is "URL:line:column": the 404 page's own document answers 404, as it should.
            if (expectNotFound && message.Location.StartsWith(target + ":", StringComparison.Ordinal)
                && message.Text.Contains("404", StringComparison.Ordinal)) return;
            Add($"console error: {message.Text} (at {message.Location})");
        };
        page.PageError += (_, error) => Add("uncaught exception: " + error);
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsExpected404(response.Url)) Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        };

        var response = await page.GotoAsync(path, new PageGotoOptions
        {
            WaitUntil = waitForNetworkIdle ? WaitUntilState.NetworkIdle : WaitUntilState.Load,
            // Generous: a loaded CI machine can take long to lay out the longest pages.
            Timeout = 90_000,
        });
        return new VisitedPage(context, page, response, problems);
    }

    /// <summary>axe's violations, one line per rule with its targets; empty when axe found none.</summary>
    public async Task<List<string>> AxeViolationsAsync()
    {
        // Only violations come back: the passes of a long page are large and slow to serialise.
        var result = await Page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        return [.. result.Violations.Select(v =>
            $"axe {v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(5).Select(n => $"{n.Target} {Shorten(n.Html)}"))}" +
            (v.Nodes.Length > 5 ? $" … and {v.Nodes.Length - 5} more" : ""))];
    }

    /// <summary>How much wider than the viewport the page is (0 when it does not scroll sideways).</summary>
    public async Task<int> HorizontalOverflowAsync() =>
        await Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - window.innerWidth");

    /// <summary>The relative luminance (0 black … 1 white) of the body's computed background colour.</summary>
    public async Task<double> BodyBackgroundLuminanceAsync()
    {
        var color = await Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var parts = color[(color.IndexOf('(') + 1)..color.IndexOf(')')].Split(',', StringSplitOptions.TrimEntries);
        static double Channel(string c)
        {
            var v = double.Parse(c, CultureInfo.InvariantCulture) / 255;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(parts[0]) + 0.7152 * Channel(parts[1]) + 0.0722 * Channel(parts[2]);
    }

    /// <summary>Saves a screenshot (of the whole page, or of the viewport) as &lt;name&gt;.png in the screenshot folder.</summary>
    public async Task ScreenshotAsync(string name, bool fullPage = true) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png"), FullPage = fullPage, Timeout = 120_000 });

    private static string Shorten(string html) => html.Length <= 120 ? html : html[..117] + "...";

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
