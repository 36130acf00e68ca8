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

    [BrowserTheory]
    [InlineData("H20", "/glossary/#h20", "H20")]
    [InlineData("compute multiplier", "/glossary/#compute-multiplier", "Compute multiplier")]
    public async Task A_glossary_term_is_found_as_its_own_entry_labelled_glossary(string query, string url, string title)
    {
        await using var visit = await OpenSearchAsync(PageTypeTests.Phone, ColorScheme.Dark);
        var result = await SearchAsync(visit, query, $"a[href='{url}']", $"search-{query.Replace(' ', '-').ToLowerInvariant()}");
        Assert.Equal(title, (await result.Locator(".pagefind-ui__result-title a").First.TextContentAsync())?.Trim());
        Assert.Equal("Type:Glossary", Squeeze(await result.Locator(".pagefind-ui__result-tag").First.TextContentAsync()));
    }

    [BrowserFact]
    public async Task Every_result_names_its_page_type_and_a_timeline_event_is_found_as_its_own_entry()
    {
        await using var visit = await OpenSearchAsync(PageTypeTests.Desktop, ColorScheme.Light);
        await visit.Page.Locator(".pagefind-ui__search-input").FillAsync("Stargate");
        var entry = visit.Page.Locator(".pagefind-ui__result-title a[href^='/timeline/#2025-01-21-']");
        await entry.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 30_000 });

        var results = visit.Page.Locator(".pagefind-ui__result");
        var types = new List<string>();
        for (var i = 0; i < await results.CountAsync(); i++)
            types.Add(Squeeze(await results.Nth(i).Locator(".pagefind-ui__result-tag").First.TextContentAsync()));
        Assert.All(types, t => Assert.Matches("^Type:(Explainer|Glossary|Timeline|Comparison|Model|Stakeholder|Policyoption)$", t));
        Assert.Contains("Type:Timeline", types);
        Assert.Contains("Type:Explainer", types);
        Assert.Empty(visit.Problems);
    }

    /// <summary>Searches and returns the result holding a link matching <paramref name="link"/>.</summary>
    private static async Task<ILocator> SearchAsync(VisitedPage visit, string query, string link, string screenshot)
    {
        await visit.Page.Locator(".pagefind-ui__search-input").FillAsync(query);
        var hit = visit.Page.Locator($".pagefind-ui__result-title {link}");
        await hit.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 30_000 });
        await visit.ScreenshotAsync(screenshot);
        var violations = await visit.AxeViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Empty(visit.Problems);
        return visit.Page.Locator(".pagefind-ui__result").Filter(new LocatorFilterOptions { Has = hit.First });
    }

    private async Task<VisitedPage> OpenSearchAsync(int width, ColorScheme scheme)
    {
        var visit = await VisitedPage.OpenAsync(site, "/search/", width, scheme, waitForNetworkIdle: true);
        await visit.Page.Locator(".pagefind-ui__search-input").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return visit;
    }

    private static string Squeeze(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
}
