using System.Text.Json;
using Microsoft.Playwright;

namespace ExplainerSite.Tests.Browser;

/// <summary>Keyboard use of the real site in chromium: the skip link, then the header's links with a visible focus style (issue 5).</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    private const string FocusedJs = """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return JSON.stringify({
            tag: e.localName, id: e.id, cls: e.className, href: e.getAttribute('href'), text: e.textContent.trim(),
            inNav: !!e.closest('.site-header nav'), outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth),
            visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
          });
        }
        """;

    private sealed record Focused(string Tag, string Id, string Cls, string? Href, string Text, bool InNav, string Outline, double OutlineWidth, bool Visible);

    [BrowserTheory]
    [InlineData(PageTypeTests.Desktop, "light")]
    [InlineData(PageTypeTests.Phone, "dark")]
    public async Task Skip_link_is_the_first_tab_stop_is_visible_and_moves_focus_to_main(int width, string scheme)
    {
        await using var visit = await VisitedPage.OpenAsync(site, "/explainers/export-controls/", width, Scheme(scheme));

        await visit.Page.Keyboard.PressAsync("Tab");
        var first = await FocusedAsync(visit.Page);
        Assert.Equal("#main", first.Href);
        Assert.Contains("skip-link", first.Cls);
        Assert.True(first.Visible, "The focused skip link must be on screen.");
        Assert.NotEqual("none", first.Outline);
        await visit.ScreenshotAsync($"keyboard-skip-link-{width}-{scheme}", fullPage: false);

        await visit.Page.Keyboard.PressAsync("Enter");
        var after = await FocusedAsync(visit.Page);
        Assert.Equal(("main", "main"), (after.Tag, after.Id));
        Assert.EndsWith("#main", visit.Page.Url);
        Assert.Empty(visit.Problems);
    }

    [BrowserTheory]
    [InlineData(PageTypeTests.Desktop, "light")]
    [InlineData(PageTypeTests.Desktop, "dark")]
    [InlineData(PageTypeTests.Phone, "light")]
    public async Task Tab_reaches_every_header_navigation_link_in_order_with_a_visible_focus_outline(int width, string scheme)
    {
        await using var visit = await VisitedPage.OpenAsync(site, "/glossary/", width, Scheme(scheme));
        var navLinks = await visit.Page.Locator(".site-header nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(navLinks);

        var reached = new List<string>();
        for (var press = 0; press < navLinks.Length + 4 && reached.Count < navLinks.Length; press++)
        {
            await visit.Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(visit.Page);
            if (!focused.InNav) continue;
            Assert.True(focused.Visible, $"{focused.Href} is focused but not on screen");
            Assert.True(focused.Outline != "none" && focused.OutlineWidth >= 2, $"{focused.Href} has no visible focus outline ({focused.Outline} {focused.OutlineWidth}px)");
            reached.Add(focused.Href!);
            if (reached.Count == 1) await visit.ScreenshotAsync($"keyboard-nav-focus-{width}-{scheme}", fullPage: false);
        }
        Assert.Equal(navLinks, reached);
        Assert.Empty(visit.Problems);
    }

    private static ColorScheme Scheme(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    private static async Task<Focused> FocusedAsync(IPage page) =>
        JsonSerializer.Deserialize<Focused>(await page.EvaluateAsync<string>(FocusedJs), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
