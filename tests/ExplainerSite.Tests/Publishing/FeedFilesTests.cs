using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Publishing;

/// <summary>sitemap.xml, robots.txt, the Atom feed and 404.html of the real site (issue 5).</summary>
public sealed class FeedFilesTests
{
    private const string SiteUrl = "https://explainer-site.netlify.app";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<string> ReadAsync(string file) => await RealSite.PageAsync(file);

    [Fact]
    public async Task Sitemap_lists_the_absolute_URL_of_every_HTML_page_but_the_404_page_in_order()
    {
        var output = await RealSite.OutputAsync();
        var sitemap = XDocument.Parse(await ReadAsync("sitemap.xml"));
        var locs = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        var expected = OutputPages.All(output).Where(p => p.File != "404.html").Select(p => SiteUrl + p.Url).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, locs);
        Assert.Contains(SiteUrl + "/", locs);
        Assert.Contains(SiteUrl + "/search/", locs);
    }

    [Fact]
    public async Task Sitemap_dates_explainers_from_front_matter_and_nothing_else()
    {
        var sitemap = XDocument.Parse(await ReadAsync("sitemap.xml"));
        var lastmod = sitemap.Root!.Elements(Sitemap + "url")
            .Where(u => u.Element(Sitemap + "lastmod") is not null)
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);

        var explainers = OutputPages.ExplainerDates(RepoPaths.Input);
        Assert.Equal(explainers.ToDictionary(e => $"{SiteUrl}/explainers/{e.Slug}/", e => e.Updated ?? e.Published), lastmod);
    }

    [Fact]
    public async Task Robots_allows_everything_and_points_at_the_sitemap()
    {
        Assert.Equal($"User-agent: *\nAllow: /\n\nSitemap: {SiteUrl}/sitemap.xml\n", await ReadAsync("robots.txt"));
    }

    [Fact]
    public async Task Feed_is_Atom_with_one_entry_per_explainer_dated_from_front_matter()
    {
        var text = await ReadAsync("feed.xml");
        using var reader = XmlReader.Create(new StringReader(text));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        var explainers = OutputPages.ExplainerDates(RepoPaths.Input);
        Assert.Equal(SiteUrl + "/explainers/", feed.Id);
        Assert.Equal("Chips, DeepSeek and export controls", feed.Title.Text);
        Assert.Equal(SiteUrl + "/feed.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal("Chips, DeepSeek and export controls", Assert.Single(feed.Authors).Name);
        Assert.Equal(explainers.Max(e => SiteFeeds.Date(e.Updated ?? e.Published)), feed.LastUpdatedTime);

        var entries = feed.Items.ToList();
        Assert.Equal(explainers.Count, entries.Count);
        foreach (var (slug, published, updated) in explainers)
        {
            var url = $"{SiteUrl}/explainers/{slug}/";
            var entry = Assert.Single(entries, e => e.Id == url);
            Assert.Equal(url, entry.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
            Assert.Equal(SiteFeeds.Date(published), entry.PublishDate);
            Assert.Equal(SiteFeeds.Date(updated ?? published), entry.LastUpdatedTime);
            Assert.False(string.IsNullOrWhiteSpace(entry.Title.Text));
            Assert.False(string.IsNullOrWhiteSpace(((TextSyndicationContent)entry.Summary).Text));
        }
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\"en\" xmlns=\"http://www.w3.org/2005/Atom\">", text);
    }

    [Fact]
    public async Task Not_found_page_is_at_the_output_root_with_a_way_back()
    {
        var output = await RealSite.OutputAsync();
        var page = Assert.Single(OutputPages.All(output), p => p.File == "404.html");

        Assert.Equal("Page not found · Chips, DeepSeek and export controls", page.Html.Title);
        var main = page.Html.QuerySelector("main")!;
        Assert.Equal("Page not found", main.QuerySelector("h1")?.TextContent);
        var links = main.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains("/explainers/", links);
        // Served at any missing address, so every link must work from any folder: root-relative, same-page, or
        // absolute https (the footer's licence).
        Assert.All(page.Html.QuerySelectorAll("[href], [src]"), e =>
            Assert.Matches("^([/#]|https://)", e.GetAttribute("href") ?? e.GetAttribute("src")));
    }

    [Fact]
    public async Task Building_twice_gives_identical_feed_sitemap_robots_and_404_bytes()
    {
        using var temp = new TempFolder();
        var first = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, temp.Combine("a"), RealSite.Options);
        await Task.Delay(1100);   // a build time would now differ by at least a second
        var second = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, temp.Combine("b"), RealSite.Options);
        Assert.True(first.Succeeded && second.Succeeded);
        foreach (var file in new[] { "feed.xml", "sitemap.xml", "robots.txt", "404.html" })
            Assert.Equal(File.ReadAllBytes(temp.Combine("a", file)), File.ReadAllBytes(temp.Combine("b", file)));
    }

    [Fact]
    public async Task Site_url_option_replaces_the_address_in_canonical_links_sitemap_robots_and_feed()
    {
        using var temp = new TempFolder();
        const string preview = "https://preview.example.org/explainer";
        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, temp.Combine("site"), RealSite.Options with { SiteUrl = preview });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        string Read(string file) => File.ReadAllText(temp.Combine("site", file));
        Assert.Contains($"<link rel=\"canonical\" href=\"{preview}/explainers/export-controls/\">", Read("explainers/export-controls/index.html"));
        Assert.Contains($"<loc>{preview}/timeline/</loc>", Read("sitemap.xml"));
        Assert.EndsWith($"Sitemap: {preview}/sitemap.xml\n", Read("robots.txt"));
        Assert.Contains($"<id>{preview}/explainers/overview/</id>", Read("feed.xml"));
        Assert.DoesNotContain("explainer-site.netlify.app", Read("feed.xml") + Read("sitemap.xml") + Read("index.html"));
    }
}
