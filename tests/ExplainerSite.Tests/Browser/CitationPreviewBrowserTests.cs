using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>
/// Citations in chromium: on a phone with JavaScript off, tapping a citation opens its source's preview with the
/// link to the original; with a mouse, resting on a citation shows the same preview beside it; every citation is at least 24 x 24 CSS px, and a printed page shows the references'
/// addresses and its own (issue 15).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitationPreviewBrowserTests(BrowserSite site)
{
    private const string Page = "/explainers/amodei-argument/";
    private const string Essay = "https://www.darioamodei.com/post/on-deepseek-and-export-controls";

    [BrowserFact]
    public async Task Tapping_a_citation_without_javascript_opens_its_sources_preview()
    {
        await using var context = await site.NewContextAsync(PageTypeTests.Phone, ColorScheme.Light, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);

        var preview = page.Locator("#cite-preview-1");
        Assert.False(await preview.IsVisibleAsync());
        await page.Locator("#cite-1-1").ClickAsync();
        Assert.True(await preview.IsVisibleAsync(), "the first citation's preview did not open");
        var original = preview.Locator("a[rel=external]");
        Assert.Equal(Essay, await original.GetAttributeAsync("href"));
        Assert.True(await original.IsVisibleAsync());
        var box = (await preview.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= PageTypeTests.Phone,
            $"the preview spills off a phone: {box.X}+{box.Width}");
        var shot = Path.Combine(BrowserSite.ScreenshotFolder, "citation-preview-360.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await preview.IsVisibleAsync(), "Escape must close the preview");
        await page.Locator("#cite-1-2").ClickAsync();
        await preview.Locator(".cite-preview-close").ClickAsync();
        Assert.False(await preview.IsVisibleAsync(), "the Close button must close the preview");
    }

    [BrowserFact]
    public async Task A_mouse_resting_on_a_citation_shows_its_preview_beside_it_and_leaving_closes_it()
    {
        await using var context = await site.NewContextAsync(PageTypeTests.Desktop, ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);
        var citation = page.Locator("#cite-1-1");
        var preview = page.Locator("#cite-preview-1");
        await citation.ScrollIntoViewIfNeededAsync();

        await citation.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync(new() { Timeout = 3000 });
        var cite = (await citation.BoundingBoxAsync())!;
        var card = (await preview.BoundingBoxAsync())!;
        Assert.True(card.Y >= cite.Y + cite.Height || card.Y + card.Height <= cite.Y,
            $"the preview covers its citation: citation {cite.Y}+{cite.Height}, preview {card.Y}+{card.Height}");
        Assert.True(Math.Abs(card.X - cite.X) < PageTypeTests.Desktop / 2.0, "the preview is not beside its citation");
        Assert.Equal(Essay, await preview.Locator("a[rel=external]").GetAttributeAsync("href"));

        // Into the preview (to follow its link) keeps it; away from both closes it.
        await page.Mouse.MoveAsync(card.X + 10, card.Y + 10, new() { Steps = 5 });
        await page.WaitForTimeoutAsync(600);
        Assert.True(await preview.IsVisibleAsync(), "moving into the preview closed it");
        await page.Mouse.MoveAsync(5, 5, new() { Steps = 5 });
        await Assertions.Expect(preview).ToBeHiddenAsync(new() { Timeout = 3000 });

        // A click on a hovered citation pins its preview instead of toggling it shut.
        await citation.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync(new() { Timeout = 3000 });
        await citation.ClickAsync();
        await page.Mouse.MoveAsync(5, 5, new() { Steps = 5 });
        await page.WaitForTimeoutAsync(600);
        Assert.True(await preview.IsVisibleAsync(), "a click on a hovered citation closed its preview");
        var shot = Path.Combine(BrowserSite.ScreenshotFolder, "citation-hover-1280.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await preview.IsVisibleAsync(), "Escape must close a pinned preview");
    }

    [BrowserTheory]
    [InlineData(PageTypeTests.Phone)]
    [InlineData(PageTypeTests.Desktop)]
    public async Task Every_citation_and_back_link_is_at_least_24_css_px_square(int width)
    {
        await using var context = await site.NewContextAsync(width, ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('sup.cite button, .backlinks a')]
              .map(e => [e.id || e.getAttribute('href'), e.getBoundingClientRect()])
              .filter(([, r]) => r.width < 24 || r.height < 24)
              .map(([id, r]) => `${id}: ${r.width}x${r.height}`)
            """);
        Assert.True(small.Length == 0, "targets under 24 x 24 px: " + string.Join(", ", small));
    }

    [BrowserFact]
    public async Task A_printed_page_shows_the_references_addresses_and_its_own()
    {
        await using var context = await site.NewContextAsync(PageTypeTests.Desktop, ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);
        const string After =
            "() => getComputedStyle(document.querySelector('#ref-1 a[rel=external]'), '::after').content";
        Assert.Equal("none", await page.EvaluateAsync<string>(After));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        // Chromium reports the address either resolved or as the attr() it comes from.
        var after = await page.EvaluateAsync<string>(After);
        var shown = after.Contains(Essay, StringComparison.Ordinal) || after.Contains("attr(href)", StringComparison.Ordinal);
        Assert.True(shown, after);
        var printed = page.Locator(".site-footer .print-only");
        Assert.True(await printed.IsVisibleAsync());
        Assert.Contains("amodei-argument/, updated 1 December 2026.", await printed.TextContentAsync());
        Assert.False(await page.Locator("#ref-1 .backlinks").IsVisibleAsync());
    }
}
