using AngleSharp.Html.Parser;
using Pipework.Host.Cli;
using Pipework.Documents;
using Pipework.Finalize;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// <c>build --base-path</c> is an output rewrite: under <c>/explainer/</c> every root-relative URL and every
/// absolute URL of the site gets the base path, in HTML, CSS, the feed, the sitemap, robots.txt and JSON-LD,
/// and nothing else of any file changes; with <c>/</c> nothing is touched at all.
/// </summary>
public sealed class BasePathTests
{
    private const string Sub = HostingBuilds.SubPath;
    private const string Site = HostingBuilds.SiteUrl;

    [Fact]
    public async Task Sub_path_build_differs_from_the_root_build_only_by_the_base_path_in_urls()
    {
        var root = await HostingBuilds.RootAsync();
        var sub = await HostingBuilds.SubPathAsync();
        var rootFiles = Files(root.Output);
        Assert.Equal(rootFiles, Files(sub.Output));
        var changed = 0;
        foreach (var file in rootFiles.Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal)))
        {
            var before = await File.ReadAllBytesAsync(Path.Combine(root.Output, file));
            var after = await File.ReadAllBytesAsync(Path.Combine(sub.Output, file));
            if (before.AsSpan().SequenceEqual(after)) continue;
            changed++;
            var text = System.Text.Encoding.UTF8.GetString(after);
            // Taking the base path out again gives the root build back, byte for byte.
            Assert.True(text.Replace(Sub, "/", StringComparison.Ordinal) == System.Text.Encoding.UTF8.GetString(before), $"{file} changed beyond its URLs");
        }
        Assert.True(changed > 30, $"only {changed} files changed");
    }

    [Fact]
    public async Task Every_site_url_in_the_sub_path_build_is_under_the_base_path()
    {
        var sub = await HostingBuilds.SubPathAsync();
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Files(sub.Output).Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(sub.Output, file)));
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action" or "poster" or "content" or "srcset"))
                {
                    var value = attribute.Value.Trim();
                    if (UrlText.IsRootRelative(value) && !value.StartsWith(Sub, StringComparison.Ordinal)
                        || value.StartsWith(Site + "/", StringComparison.Ordinal) && !value.StartsWith(Site + Sub, StringComparison.Ordinal))
                        problems.Add($"{file}: <{element.LocalName} {attribute.Name}=\"{value}\">");
                }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var robots = await File.ReadAllTextAsync(Path.Combine(sub.Output, "robots.txt"));
        Assert.Contains($"Sitemap: {Site}{Sub}sitemap.xml", robots);
        var sitemap = await File.ReadAllTextAsync(Path.Combine(sub.Output, "sitemap.xml"));
        Assert.Contains($"<loc>{Site}{Sub}explainers/overview/</loc>", sitemap);
        Assert.DoesNotContain($"<loc>{Site}/explainers/", sitemap);
        var feed = await File.ReadAllTextAsync(Path.Combine(sub.Output, "feed.xml"));
        Assert.Contains($"href=\"{Site}{Sub}feed.xml\"", feed);
        var home = await File.ReadAllTextAsync(Path.Combine(sub.Output, "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{Site}{Sub}\">", home);
        Assert.Contains($"\"url\":\"{Site}{Sub}\"", home);   // JSON-LD
    }

    [Fact]
    public async Task Base_path_slash_leaves_every_document_as_it_was()
    {
        Document[] docs =
        [
            new() { Source = "a.md", Destination = "a/index.html", Content = "<a href=\"/b/\">b</a>" },
            new() { Source = "s.css", Destination = "assets/s.css", Content = "a{background:url(/x.png)}" },
        ];
        var pipeline = new Pipeline(EngineRunner.PipelineName) { Input = [new AddDocuments(docs)] };
        var result = await EngineRunner.RunAsync(new SiteEngineBuilder().AddPipeline(pipeline).AddTransform(new RewriteBasePath(_ => Site)).Build());
        var after = result.Documents[EngineRunner.PipelineName];
        Assert.Equal(docs.Length, after.Length);
        for (var i = 0; i < docs.Length; i++) Assert.Same(docs[i], after[i]);
    }

    [Theory]
    [InlineData("/explainer/", "/explainer/")]
    [InlineData("explainer", "/explainer/")]
    [InlineData("/a/b.c_d~e-f/", "/a/b.c_d~e-f/")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/../x/", null)]
    [InlineData("/a//b/", null)]
    [InlineData("/a b/", null)]
    [InlineData("/a?b/", null)]
    [InlineData("https://example.org/x/", null)]
    [InlineData("/./", null)]
    public void Base_path_is_checked_and_normalised(string value, string? expected) =>
        Assert.Equal(expected, RewriteBasePath.Normalize(value));

    [Theory]
    [InlineData("/about/", "/x/about/")]
    [InlineData("/", "/x/")]
    [InlineData("//cdn.example/a.js", null)]
    [InlineData("about/", null)]
    [InlineData("#top", null)]
    [InlineData("https://example.org/about/", "https://example.org/x/about/")]
    [InlineData("https://example.org", "https://example.org/x/")]
    [InlineData("https://example.org.evil/about/", null)]
    [InlineData("https://other.example/about/", null)]
    [InlineData("mailto:a@example.org", null)]
    public void Base_path_map_moves_root_relative_and_own_absolute_urls(string url, string? expected) =>
        Assert.Equal(expected, RewriteBasePath.Map("/x/", Site)(url));

    [Fact]
    public void Site_url_that_already_names_the_base_path_keeps_absolute_urls()
    {
        var map = RewriteBasePath.Map("/x/", "https://example.org/x");
        Assert.Null(map("https://example.org/x/about/"));
        Assert.Equal("/x/about/", map("/about/"));
    }

    [Fact]
    public async Task Base_path_that_is_not_a_url_path_is_a_usage_error_on_the_command_line()
    {
        var stderr = new StringWriter();
        var options = BasePathOption.Apply(new BuildOptions(), "/../up/", stderr);
        Assert.Null(options);
        Assert.Equal(
            "error ES2201: base path '/../up/' is not a URL path\n"
            + "  hint: Give the path the site is served under, e.g. /repo-name/: segments of letters, digits, '-', '.', '_' or '~', no '..'.\n",
            stderr.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("/repo/", BasePathOption.Apply(new BuildOptions(), "repo", stderr)!.BasePath);
        await Task.CompletedTask;
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
