using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>The search page in chromium, over the real Pagefind index (issue 5).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData(PageTypeTests.Desktop, "light")]
    [InlineData(PageTypeTests.Phone, "dark")]
    public async Task Typing_H800_into_the_search_box_lists_the_export_controls_explainer(int width, string scheme)
    {
        await using var visit = await VisitedPage.OpenAsync(site, "/search/", width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, waitForNetworkIdle: true);
        var input = visit.Page.Locator(".pagefind-ui__search-input");
        await input.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        await input.FillAsync("H800");
        var hit = visit.Page.Locator(".pagefind-ui__result-title a[href^='/explainers/export-controls/']");
        await hit.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 30_000 });

        await visit.ScreenshotAsync($"search-results-{width}-{scheme}");
        var violations = await visit.AxeViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        if (width == PageTypeTests.Phone) Assert.Equal(0, await visit.HorizontalOverflowAsync());
        Assert.Empty(visit.Problems);
    }
}
