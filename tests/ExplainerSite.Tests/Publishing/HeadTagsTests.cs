using System.Text.Json;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Publishing;

/// <summary>The head of every page of the real site: language, charset, viewport, unique title and description,
/// canonical URL, Open Graph, Twitter card and JSON-LD (issue 5; the large-image card, issue 16).</summary>
public sealed class HeadTagsTests
{
    private const string SiteUrl = "https://explainer-site.netlify.app";

    private static async Task<List<OutputPages.Page>> PagesAsync() => OutputPages.All(await RealSite.OutputAsync());

    [Fact]
    public async Task Every_page_has_lang_charset_viewport_title_description_and_social_tags()
    {
        foreach (var (url, file, html) in await PagesAsync())
        {
            Assert.True(html.DocumentElement.GetAttribute("lang") is { Length: > 0 }, $"{file}: <html lang>");
            Assert.Equal("utf-8", html.QuerySelector("meta[charset]")?.GetAttribute("charset"));
            Assert.Equal("width=device-width, initial-scale=1", html.Meta("viewport"));
            Assert.False(string.IsNullOrWhiteSpace(html.Title), $"{file}: <title>");
            Assert.False(string.IsNullOrWhiteSpace(html.Meta("description")), $"{file}: meta description");
            Assert.False(string.IsNullOrWhiteSpace(html.Meta("og:title")), $"{file}: og:title");
            Assert.Equal(html.Meta("description"), html.Meta("og:description"));
            Assert.Equal("Chips, DeepSeek and export controls", html.Meta("og:site_name"));
            Assert.Equal("en", html.Meta("og:locale"));
            Assert.Equal("summary_large_image", html.Meta("twitter:card"));
            Assert.Equal("/feed.xml", html.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
            Assert.Equal(url.StartsWith("/explainers/", StringComparison.Ordinal) && url != "/explainers/" ? "article" : "website", html.Meta("og:type"));
        }
    }

    [Fact]
    public async Task Canonical_and_og_url_are_the_absolute_address_of_the_page_except_on_the_404_page()
    {
        foreach (var (url, file, html) in await PagesAsync())
        {
            var canonical = html.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            if (file == "404.html")
            {
                Assert.Null(canonical);
                Assert.Null(html.Meta("og:url"));
                Assert.Equal("noindex", html.Meta("robots"));
                continue;
            }
            Assert.Equal(SiteUrl + url, canonical);
            Assert.Equal(canonical, html.Meta("og:url"));
        }
    }

    [Fact]
    public async Task Titles_and_descriptions_are_unique_across_the_whole_output()
    {
        var pages = await PagesAsync();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages");
        Assert.Empty(pages.GroupBy(p => p.Html.Title).Where(g => g.Count() > 1).Select(g => $"title '{g.Key}': {string.Join(", ", g.Select(p => p.File))}"));
        Assert.Empty(pages.GroupBy(p => p.Html.Meta("description")).Where(g => g.Count() > 1).Select(g => $"description '{g.Key}': {string.Join(", ", g.Select(p => p.File))}"));
    }

    [Fact]
    public async Task Explainers_have_Article_JSON_LD_with_front_matter_dates_and_the_home_page_has_WebSite()
    {
        var pages = await PagesAsync();
        var explainers = pages.Where(p => p.Url.StartsWith("/explainers/", StringComparison.Ordinal) && p.Url != "/explainers/").ToList();
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoPaths.Input, "explainers"), "*.md").Length - 1, explainers.Count);
        foreach (var (url, file, html) in explainers)
        {
            using var json = JsonDocument.Parse(Assert.Single(html.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
            var root = json.RootElement;
            Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
            Assert.Equal("Article", root.GetProperty("@type").GetString());
            Assert.Equal(html.Meta("og:title"), root.GetProperty("headline").GetString());
            Assert.Equal(html.Meta("description"), root.GetProperty("description").GetString());
            Assert.Equal(html.Meta("article:published_time"), root.GetProperty("datePublished").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("dateModified").GetString());
            Assert.Equal(SiteUrl + url, root.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
            foreach (var role in new[] { "author", "publisher" })
            {
                Assert.Equal("Organization", root.GetProperty(role).GetProperty("@type").GetString());
                Assert.Equal(SiteUrl + "/", root.GetProperty(role).GetProperty("url").GetString());
            }
            var dates = OutputPages.ExplainerDates(RepoPaths.Input).Single(e => url == $"/explainers/{e.Slug}/");
            Assert.Equal(dates.Published, root.GetProperty("datePublished").GetString());
            Assert.Equal(dates.Updated ?? dates.Published, root.GetProperty("dateModified").GetString());
        }

        var home = pages.Single(p => p.Url == "/");
        using var site = JsonDocument.Parse(home.Html.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebSite", site.RootElement.GetProperty("@type").GetString());
        Assert.Equal(SiteUrl + "/", site.RootElement.GetProperty("url").GetString());

        Assert.All(pages.Where(p => p.Url != "/" && !explainers.Contains(p)),
            p => Assert.Empty(p.Html.QuerySelectorAll("script[type='application/ld+json']")));
    }

    [Fact]
    public async Task JSON_LD_escapes_characters_that_could_end_the_script_element()
    {
        var output = await RealSite.OutputAsync();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            var start = text.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
            if (start < 0) continue;
            start = text.IndexOf('>', start) + 1;
            var body = text[start..text.IndexOf("</script>", start, StringComparison.Ordinal)];
            Assert.DoesNotContain('<', body);
            Assert.DoesNotContain('>', body);
            Assert.DoesNotContain('&', body);
        }

        var json = Rendering.JsonLd.Serialize(new System.Text.Json.Nodes.JsonObject { ["headline"] = "</script><b>A & B</b>" });

        Assert.Equal("{\"headline\":\"\\u003C/script\\u003E\\u003Cb\\u003EA \\u0026 B\\u003C/b\\u003E\"}", json);
        Assert.Equal("</script><b>A & B</b>", JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString());
    }
}
