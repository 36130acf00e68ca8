using System.Net;
using System.Text.RegularExpressions;
using ExplainerSite.Tests.Browser;
using Microsoft.Playwright;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// In chromium, the sub-path build served with netlify.toml's headers (as Netlify's parser reads them) and the
/// build's generated _headers: pages
/// load with no Content-Security-Policy violation or failed request, and Pagefind's search works under the
/// sub-path, with its WebAssembly allowed on the search page, and links its results below the base path.
/// </summary>
// In the browser tests' collection: one chromium at a time on a 2-core machine.
[Collection(BrowserCollection.Name)]
public sealed class SearchUnderSubPathBrowserTests
{
    // Once failed on a clean clone at load average 40: chromium's first navigation, to /explainer/, ended in
    // net::ERR_HTTP_RESPONSE_CODE_FAILURE, which chromium reports for an error status with an empty body. The
    // HttpListener host of that time could not send that while the build folder was there (its 404s carry
    // 404.html, HttpListener's own errors a text body), so most likely something else answered on its port: it
    // probed for a free port, released it and bound it again, and the managed HttpListener shares its sockets
    // process-wide and re-binds a released port when disposed. StaticHost is now Kestrel on a port the kernel
    // picks as it binds, and never answers an error without a body; the host is checked on its own before
    // chromium starts; and a navigation that does not answer 200 fails with its URL, the status chromium saw,
    // the start of the body, what a plain GET answers, and every request the host answered.
    [BrowserFact]
    public async Task Search_works_under_the_sub_path_and_pages_keep_to_the_content_security_policy()
    {
        var built = await HostingBuilds.SubPathAsync();
        Assert.True(built.HasSearch, "the browser test needs the search index (Node.js)");
        var config = await NetlifyConfig.ResolveAsync();
        // netlify.toml's headers plus the build's generated _headers (the Content-Security-Policy of every page lives
        // there), matched as Netlify matches them: an exact path, or a prefix ending in '*'. The host strips the
        // sub-path first, as the rules are written for the site's own paths.
        var generated = File.ReadAllText(Path.Combine(built.Output, "_headers"));
        var rules = global::ExplainerSite.Hosting.CheckSecurityPolicy.ReadRules(generated);
        static bool Matches(string rule, string path) =>
            rule == path || (rule.EndsWith('*') && path.StartsWith(rule[..^1], StringComparison.Ordinal));
        IEnumerable<KeyValuePair<string, string>> HeadersFor(string path) =>
            config.HeadersFor(path).Select(h => KeyValuePair.Create(h.Key, h.Value[0].Value))
                .Concat(rules.Where(r => Matches(r.Key, path)).SelectMany(r => r.Value));
        await using var host = await StaticHost.StartAsync(built.Output, HostingBuilds.SubPath, HeadersFor);

        // The host on its own first, so that a failure here is the host's and not chromium's.
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            var home = host.Origin + HostingBuilds.SubPath;
            using var answer = await http.GetAsync(home);
            Assert.True(answer.StatusCode == HttpStatusCode.OK,
                $"GET {home} (without a browser) answered {(int)answer.StatusCode}: {BodyStart(await answer.Content.ReadAsStringAsync())}\n{HostLog(host)}");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Args = BrowserEnvironment.ChromiumArgs,
            Headless = true,
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        // The browser asks the origin's root for /favicon.ico by itself; under a sub-path that is not the site's.
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && message.Location != host.Origin + "/favicon.ico:0:0")
                problems.Add($"console {message.Type}: {message.Text} at {message.Location}");
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add($"failed request: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status}: {response.Url}"); };

        foreach (var path in new[] { "", "explainers/export-controls/", "compare/claude-3-5-sonnet-vs-deepseek-v3/" })
        {
            var response = await OpenAsync(page, host, host.Origin + HostingBuilds.SubPath + path, WaitUntilState.NetworkIdle);
            Assert.Contains("default-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "");
        }

        await OpenAsync(page, host, host.Origin + HostingBuilds.SubPath + "search/?q=H800", WaitUntilState.Load);
        var hit = page.Locator($".pagefind-ui__result-title a[href^='{HostingBuilds.SubPath}explainers/export-controls/']");
        await hit.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var hrefs = await page.Locator(".pagefind-ui__result-title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.StartsWith(HostingBuilds.SubPath, href));

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + HostLog(host));
    }

    /// <summary>
    /// Navigates to <paramref name="url"/>; unless it answers 200, fails naming the URL, the status chromium saw,
    /// the start of the body, what a plain GET of it answers now, and the requests the host answered.
    /// </summary>
    private static async Task<IResponse> OpenAsync(IPage page, StaticHost host, string url, WaitUntilState waitUntil)
    {
        // When chromium turns an error status into a navigation error, GotoAsync returns no response: keep the
        // main frame's document response as it arrives.
        IResponse? document = null;
        void Remember(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame) document = response;
        }
        page.Response += Remember;
        IResponse? response;
        string? error = null;
        try
        {
            response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = waitUntil });
        }
        catch (PlaywrightException ex)
        {
            response = null;
            error = ex.Message.Split('\n')[0];
        }
        finally
        {
            page.Response -= Remember;
        }
        if (error is null && response is { Status: 200 }) return response;

        response ??= document;
        var seen = "no response";
        if (response is not null)
        {
            string body;
            // After a navigation error chromium's response text is its own error page, not the server's body.
            if (error is not null)
                body = error.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal) ? "empty (that is what this error means)" : "(not kept)";
            else
                try { body = BodyStart(await response.TextAsync()); }
                catch (PlaywrightException ex) { body = $"(not kept: {ex.Message.Split('\n')[0]})"; }
            seen = $"{response.Status} {response.StatusText} from {response.Url}, body: {body}";
        }
        string now;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var again = await http.GetAsync(url);
            now = $"{(int)again.StatusCode}, body: {BodyStart(await again.Content.ReadAsStringAsync())}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            now = ex.Message;
        }
        throw new Xunit.Sdk.XunitException($"{url} did not load in chromium{(error is null ? "" : $" ({error})")}.\n"
            + $"chromium saw: {seen}\nA plain GET of it now answers {now}\n{HostLog(host)}");
    }

    private static string BodyStart(string body)
    {
        var text = Regex.Replace(body, @"\s+", " ").Trim();
        return text.Length == 0 ? "(empty)" : text.Length <= 300 ? text : text[..300] + " …";
    }

    private static string HostLog(StaticHost host)
    {
        var log = host.Log;
        return $"the host ({host.Origin}) answered {log.Count} request(s)"
            + (log.Count == 0 ? "." : ":\n  " + string.Join("\n  ", log.TakeLast(40)));
    }
}
