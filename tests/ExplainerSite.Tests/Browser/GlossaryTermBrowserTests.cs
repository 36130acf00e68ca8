using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// Glossary terms in chromium (issue 16): the first use of a term in an explainer opens a preview of its definition
/// without JavaScript, the preview fits a phone, passes axe in light and dark, closes with Escape or its Close
/// button, and links to the term's heading on /glossary/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryTermBrowserTests(BrowserSite site)
{
    private const string Page = "/explainers/export-controls/";
    private const string Term = "term-glossary-h800";

    [BrowserTheory]
    [InlineData(PageTypeTests.Phone, "light")]
    [InlineData(PageTypeTests.Phone, "dark")]
    [InlineData(PageTypeTests.Desktop, "light")]
    [InlineData(PageTypeTests.Desktop, "dark")]
    public async Task An_open_term_preview_fits_the_screen_and_passes_axe(int width, string scheme)
    {
        await using var visit = await VisitedPage.OpenAsync(site, Page, width, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var preview = visit.Page.Locator("#" + Term);
        Assert.False(await preview.IsVisibleAsync());

        await visit.Page.Locator($"button.term-ref[popovertarget='{Term}']").ClickAsync();
        Assert.True(await preview.IsVisibleAsync(), "the term's preview did not open");
        Assert.Contains("China-market version of the H100", await preview.TextContentAsync());
        var box = (await preview.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the preview spills off the screen: {box.X}+{box.Width}");
        await visit.ScreenshotAsync($"term-preview-{width}-{scheme}", fullPage: false);

        var violations = await visit.AxeViolationsAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        if (width == PageTypeTests.Phone) Assert.Equal(0, await visit.HorizontalOverflowAsync());
        Assert.Empty(visit.Problems);
    }

    [BrowserFact]
    public async Task Tapping_a_term_without_javascript_opens_its_definition_and_links_to_its_entry()
    {
        await using var context = await site.NewContextAsync(PageTypeTests.Phone, ColorScheme.Light, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);
        var term = page.Locator($"button.term-ref[popovertarget='{Term}']");
        var preview = page.Locator("#" + Term);

        await term.ClickAsync();
        Assert.True(await preview.IsVisibleAsync(), "the preview did not open without JavaScript");
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await preview.IsVisibleAsync(), "Escape must close the preview");
        await term.ClickAsync();
        await preview.Locator(".term-preview-close").ClickAsync();
        Assert.False(await preview.IsVisibleAsync(), "the Close button must close the preview");

        await term.ClickAsync();
        await preview.Locator("a[href='/glossary/#h800']").ClickAsync();
        await page.WaitForURLAsync("**/glossary/#h800");
        var heading = page.Locator("h2#h800");
        Assert.Equal("H800", (await heading.TextContentAsync())?.Trim());
        Assert.True(await heading.IsVisibleAsync());
    }
}
