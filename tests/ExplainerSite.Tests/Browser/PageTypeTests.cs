using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// Every page type of the real site, in headless chromium at 1280 and 360 px, light and dark: it loads with no
/// console error and no failed request, axe finds no violation, it never scrolls sideways on a phone, dark mode
/// is dark, and a screenshot of each view is saved (issue 5).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTypeTests(BrowserSite site)
{
    public const int Phone = 360;
    public const int Desktop = 1280;

    /// <summary>Each page type with one page of it; a path ending in "*/" stands for every page in that folder.</summary>
    public static TheoryData<string, string> PageTypes => new()
    {
        { "home", "/" },
        { "explainer", "/explainers/export-controls/" },
        { "explainer-costs", "/explainers/deepseek-v3-cost/" },
        { "explainers", "/explainers/" },
        { "comparison", "/compare/*/" },
        { "compare-index", "/compare/" },
        { "stakeholders", "/stakeholders/" },
        { "stakeholder", "/stakeholders/nvidia/" },
        { "model", "/models/deepseek-v3/" },
        { "policy", "/policies/stronger-controls/" },
        { "timeline", "/timeline/" },
        { "glossary", "/glossary/" },
        { "sources", "/sources/" },
        { "page", "/about/" },
        { "search", "/search/" },
        { "404", "/no-such-page/" },
    };

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_type_loads_cleanly_passes_axe_fits_a_phone_and_renders_dark(string type, string path)
    {
        var failures = new List<string>();
        var paths = await ExpandAsync(path);
        Assert.NotEmpty(paths);
        foreach (var page in paths)
        {
            // The phone and the desktop view load side by side, each in its own context and renderer.
            var views = await Task.WhenAll(CheckAsync(type, page, Desktop), CheckAsync(type, page, Phone));
            failures.AddRange(views.SelectMany(v => v));
        }
        Assert.True(failures.Count == 0, $"{type}:\n  " + string.Join("\n  ", failures));
    }

    /// <summary>One width: loaded in light, checked and photographed, then switched to dark (prefers-color-scheme) and again.</summary>
    private async Task<List<string>> CheckAsync(string type, string path, int width)
    {
        var notFound = type == "404";
        await using var visit = await VisitedPage.OpenAsync(site, path, width, ColorScheme.Light, expectNotFound: notFound, waitForNetworkIdle: type == "search");
        var failures = new List<string>();
        var expectedStatus = notFound ? 404 : 200;
        if (visit.Response?.Status != expectedStatus) failures.Add($"{path} at {width} px: answered {visit.Response?.Status}, expected {expectedStatus}");
        foreach (var scheme in (ColorScheme[])[ColorScheme.Light, ColorScheme.Dark])
        {
            var label = $"{path} at {width} px, {(scheme == ColorScheme.Dark ? "dark" : "light")}";
            if (scheme == ColorScheme.Dark) await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            // axe on the desktop in light and dark; on a phone only where the layout changes what is shown (the
            // comparison table becomes cards): elsewhere a phone shows the same DOM in one column.
            if (width == Desktop || (type == "comparison" && scheme == ColorScheme.Light))
                failures.AddRange((await visit.AxeViolationsAsync()).Select(v => $"{label}: {v}"));
            if (width == Phone && await visit.HorizontalOverflowAsync() is > 0 and var overflow)
                failures.Add($"{label}: scrolls sideways by {overflow} px");
            var luminance = await visit.BodyBackgroundLuminanceAsync();
            if (scheme == ColorScheme.Dark ? luminance > 0.05 : luminance < 0.8)
                failures.Add($"{label}: body background luminance {luminance:0.000} is wrong for this scheme");
            await visit.ScreenshotAsync(ScreenshotName(type, path, width, scheme));
        }
        failures.AddRange(visit.Problems.Select(p => $"{path} at {width} px: {p}"));
        return failures;
    }

    private async Task<List<string>> ExpandAsync(string path)
    {
        if (!path.EndsWith("*/", StringComparison.Ordinal)) return [path];
        var folder = path[..^2];
        var output = await site.OutputAsync();
        return [.. Directory.EnumerateDirectories(Path.Combine(output, folder.Trim('/')))
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(d => $"{folder}{Path.GetFileName(d)}/")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>"comparison-policy-options-360-dark".</summary>
    public static string ScreenshotName(string type, string path, int width, ColorScheme scheme)
    {
        var slug = path.Trim('/').Split('/')[^1];
        var name = type is "comparison" ? $"{type}-{slug}" : type;
        return $"{name}-{width}-{(scheme == ColorScheme.Dark ? "dark" : "light")}";
    }
}
