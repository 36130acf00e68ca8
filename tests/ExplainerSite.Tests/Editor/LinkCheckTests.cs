using Pipework.Analyzers;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// The link checker through the command line: broken internal links, anchors and assets fail <c>build</c> and
/// <c>check</c> at the line of the Markdown (or template, or data file) that wrote them; links to other sites are
/// listed, not fetched; http links and images without alt text are warnings that <c>--strict</c> turns into errors.
/// </summary>
public sealed class LinkCheckTests : IDisposable
{
    private readonly EditorSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Broken_internal_link_fails_build_at_its_markdown_line()
    {
        await _site.BuildAsync();
        var before = _site.SnapshotOutput();
        _site.Replace("input/about.md", "A fixture.", "A fixture, like [the third one](/explainers/third/).");

        var run = await _site.BuildAsync();

        var line = _site.LineOf("input/about.md", "/explainers/third/");
        CliAssert.FailsWith(run, $"input/about.md:{line}:{ColumnOf("input/about.md", "/explainers/third/")}: error ES0040: "
            + LinkErrors.BrokenLink.Format("/explainers/third/", "/about/", "/explainers/third/"), before, _site);
        CliAssert.CaretAt(run, ColumnOf("input/about.md", "/explainers/third/"));
    }

    [Fact]
    public async Task Missing_anchor_on_another_page_and_on_the_same_page_are_errors_with_a_suggestion()
    {
        _site.Replace("input/explainers/first.md", "/explainers/second/#the-answer", "/explainers/second/#the-answr");
        _site.Replace("input/about.md", "[the method](#method)", "[the method](#methods)");

        var run = await _site.RunAsync("check");

        var first = _site.LineOf("input/explainers/first.md", "#the-answr");
        Assert.True(run.ExitCode == 1, run.ToString());
        CliAssert.FailsWith(run, $"input/explainers/first.md:{first}:{ColumnOf("input/explainers/first.md", "/explainers/second/#the-answr")}: error ES0041: "
            + LinkErrors.MissingAnchor.Format("/explainers/second/#the-answr", "/explainers/first/", "/explainers/second/", "the-answr", "; did you mean '#the-answer'?"));
        var about = _site.LineOf("input/about.md", "#methods");
        CliAssert.FailsWith(run, $"input/about.md:{about}:{ColumnOf("input/about.md", "#methods")}: error ES0041: "
            + LinkErrors.MissingAnchor.Format("#methods", "/about/", "this page", "methods", "; did you mean '#method'?"));
    }

    [Fact]
    public async Task Missing_image_and_stylesheet_are_ES0042_where_they_are_written()
    {
        _site.Replace("input/about.md", "A fixture.", "A fixture.\n\n![Our logo](/assets/logo.png)");
        _site.Replace("theme/partials/head.liquid", "/assets/site.css", "/assets/style.css");

        var run = await _site.RunAsync("check");

        var line = _site.LineOf("input/about.md", "logo.png");
        CliAssert.FailsWith(run, $"input/about.md:{line}:{ColumnOf("input/about.md", "/assets/logo.png")}: error ES0042: " + LinkErrors.MissingAsset.Format("image", "/assets/logo.png", "/about/", "/assets/logo.png"));
        // A template link breaks every page; it is reported once, at the template line, with the page count.
        CliAssert.FailsWith(run, $"theme/partials/head.liquid:4:{ColumnOf("theme/partials/head.liquid", "/assets/style.css")}: error ES0042: " + LinkErrors.MissingAsset.Format("stylesheet", "/assets/style.css", "7 pages (e.g. /)", "/assets/style.css"));
    }

    [Fact]
    public async Task Broken_navigation_link_is_reported_once_in_the_data_file()
    {
        _site.Replace("input/site.yml", "url: /about/", "url: /abuot/");

        var run = await _site.RunAsync("check");

        var line = _site.LineOf("input/site.yml", "/abuot/");
        CliAssert.FailsWith(run, $"input/site.yml:{line}:10: error ES0040: " + LinkErrors.BrokenLink.Format("/abuot/", "7 pages (e.g. /)", "/abuot/"));
    }

    [Fact]
    public async Task Check_writes_nothing_and_counts_external_links()
    {
        var run = await _site.RunAsync("check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(_site.Output));
        Assert.Contains("Checked 7 pages in ", run.Stdout);
        Assert.Contains("no errors; 1 link(s) to other sites, not fetched (list them with --verbose).", run.Stdout);
    }

    [Fact]
    public async Task Check_verbose_lists_external_links_without_fetching_them()
    {
        _site.Replace("input/about.md", "A fixture.", "A fixture. See [an unreachable site](https://unreachable.invalid/page).");

        var run = await _site.RunAsync("check", "--verbose");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  external: https://unreachable.invalid/page (on /about/)\n", run.Stdout);
        Assert.Contains("  external: https://example.org/first (on /sources/)\n", run.Stdout);
    }

    [Fact]
    public async Task Http_link_and_image_without_alt_are_warnings_that_strict_makes_errors()
    {
        _site.Write("input/assets/chart.png", "not really a png");
        _site.Replace("input/about.md", "A fixture.", "A fixture. See [the old site](http://example.org/).\n\n![](/assets/chart.png)");

        var normal = await _site.BuildAsync();
        var strict = await _site.BuildAsync("--strict");

        Assert.True(normal.ExitCode == 0, normal.ToString());
        var http = _site.LineOf("input/about.md", "http://example.org/");
        var image = _site.LineOf("input/about.md", "chart.png");
        var httpLine = $"input/about.md:{http}:{ColumnOf("input/about.md", "http://example.org/")}: warning ES0043: " + LinkErrors.InsecureExternalLink.Format("http://example.org/", "/about/");
        var altLine = $"input/about.md:{image}:5: warning ES0044: " + LinkErrors.ImageWithoutAlt.Format("/assets/chart.png", "/about/");
        Assert.Contains(httpLine + "\n", normal.Stderr);
        Assert.Contains(altLine + "\n", normal.Stderr);
        Assert.Contains(", 2 warning(s).", normal.Stdout);

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(httpLine.Replace("warning ES0043", "error ES0043", StringComparison.Ordinal) + "\n", strict.Stderr);
        Assert.Contains(altLine.Replace("warning ES0044", "error ES0044", StringComparison.Ordinal) + "\n", strict.Stderr);
        Assert.Contains("With --strict, warnings count as errors.", strict.Stderr);
    }

    [Fact]
    public async Task Long_description_is_a_warning_and_an_error_under_strict()
    {
        _site.Replace("input/about.md", "description: \"What this fixture is.\"", $"description: \"{new string('x', 240)}\"");

        var normal = await _site.RunAsync("check");
        var strict = await _site.RunAsync("check", "--strict");

        Assert.Equal(0, normal.ExitCode);
        Assert.Contains("input/about.md:2:1: warning ES2012: ", normal.Stderr);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("input/about.md:2:1: error ES2012: ", strict.Stderr);
    }

    [Fact]
    public async Task Quiet_prints_errors_only_and_no_summary()
    {
        _site.Replace("input/about.md", "A fixture.", "A fixture. See [the old site](http://example.org/).");

        var run = await _site.BuildAsync("--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    private int ColumnOf(string file, string text)
    {
        var line = _site.Read(file).Split('\n')[_site.LineOf(file, text) - 1];
        return line.IndexOf(text, StringComparison.Ordinal) + 1;
    }
}
