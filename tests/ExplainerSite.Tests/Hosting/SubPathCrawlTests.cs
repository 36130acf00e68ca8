namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// The whole real site, served on 127.0.0.1 the way its hosts serve it, crawled from the home page like a
/// reader without JavaScript: under a GitHub Pages-style sub-path and at the root, nothing is broken — no link,
/// asset, #anchor, feed entry or sitemap entry (issue 7).
/// </summary>
public sealed class SubPathCrawlTests
{
    [Fact]
    public async Task Site_built_with_a_base_path_and_served_under_it_has_no_broken_links_assets_anchors_or_feed_entries()
    {
        var built = await HostingBuilds.SubPathAsync();
        await AssertCrawlIsCleanAsync(built, HostingBuilds.SubPath);
    }

    [Fact]
    public async Task Site_built_at_the_root_and_served_there_has_no_broken_links_assets_anchors_or_feed_entries()
    {
        var built = await HostingBuilds.RootAsync();
        await AssertCrawlIsCleanAsync(built, "/");
    }

    [Fact]
    public async Task Root_links_do_not_resolve_under_a_sub_path_so_the_crawl_would_see_a_missing_base_path()
    {
        // The crawl's own check: a root build served under a sub-path must fail it, or a clean crawl proves nothing.
        var built = await HostingBuilds.RootAsync();
        await using var host = await StaticHost.StartAsync(built.Output, HostingBuilds.SubPath);
        var crawler = new SiteCrawler(host.Origin, HostingBuilds.SubPath, HostingBuilds.SiteUrl);

        var problems = await crawler.CrawlAsync();

        Assert.Contains(problems, p => p.Contains("outside the base path /explainer/", StringComparison.Ordinal));
    }

    private static async Task AssertCrawlIsCleanAsync(HostingBuilds.Built built, string basePath)
    {
        await using var host = await StaticHost.StartAsync(built.Output, basePath);
        // Without Node.js there is no search index; the search page's links to it are then the only gap.
        var crawler = new SiteCrawler(host.Origin, basePath, HostingBuilds.SiteUrl,
            ignore: path => !built.HasSearch && path.StartsWith("/pagefind/", StringComparison.Ordinal));

        var problems = await crawler.CrawlAsync("robots.txt", "sitemap.xml", "feed.xml", "404.html");

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) under {basePath}:\n" + string.Join("\n", problems));
        // Every page of the output was reached by following links from the home page.
        var pages = Directory.EnumerateFiles(built.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(built.Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .ToList();
        Assert.NotEmpty(pages);
        Assert.Empty(pages.Except(crawler.Pages, StringComparer.Ordinal));
    }
}
