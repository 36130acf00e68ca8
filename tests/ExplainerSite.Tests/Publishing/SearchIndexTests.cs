using System.IO.Compression;
using System.Text.Json;
using Pipework.Host.Cli;
using Pipework.IO;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Publishing;

/// <summary>The Pagefind search index: built over the finished output, only from explainer and data pages, and a
/// failed or impossible index fails the build without touching the previous output (issue 5).</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [RequiresNodeFact]
    public async Task Search_index_holds_the_explainers_and_data_pages_and_finds_H800_in_export_controls()
    {
        var command = await PagefindTool.PrepareAsync(TextWriter.Null, searchFrom: [RepoPaths.Root]);
        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, _temp.Combine("site"), RealSite.Options with { Search = command });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var bundle = _temp.Combine("site", "pagefind");
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-ui.js")));
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-ui.css")));
        var fragments = Fragments(bundle);
        var urls = fragments.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(urls.Count, IndexSearch.PageCount(Path.Combine(bundle, "pagefind-entry.json")));

        Assert.Contains("H800", fragments["/explainers/export-controls/"]);
        foreach (var (slug, _, _) in OutputPages.ExplainerDates(RepoPaths.Input))
            Assert.Contains($"/explainers/{slug}/", urls);
        Assert.Contains("/stakeholders/nvidia/", urls);
        Assert.Contains("/models/deepseek-v3/", urls);
        Assert.Contains("/glossary/", urls);
        // Lists and chrome are not indexed: they would only repeat the pages they link to.
        foreach (var url in new[] { "/", "/explainers/", "/stakeholders/", "/sources/", "/search/", "/404.html" })
            Assert.DoesNotContain(url, urls);
        Assert.DoesNotContain("Skip to content", fragments["/explainers/export-controls/"]);
    }

    [Fact]
    public async Task Failed_index_fails_the_build_and_leaves_the_previous_output_untouched()
    {
        var output = _temp.Combine("site");
        _temp.Write("site/index.html", "<p>previous build</p>\n");
        _temp.MarkAsBuilt("site");
        // 'dotnet' with an unknown option exits non-zero: a stand-in for a Pagefind that fails.
        var failing = new PagefindCommand("dotnet", ["--no-such-option-for-this-test"], _temp.Path);

        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, output, RealSite.Options with { Search = failing });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "ES2106");
        Assert.StartsWith("Pagefind could not index the output (exit code ", error.Message);
        Assert.Equal([OutputManifest.FileName, "index.html"],
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal));
        Assert.Equal("<p>previous build</p>\n", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateDirectories(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Build_without_node_fails_with_exit_1_and_names_the_way_out()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var (options, exitCode) = await BuildCommand.ConfigureAsync(new BuildOptions(), null, search: true, stdout, stderr, pathVariable: _temp.Path);

        Assert.Null(options);
        Assert.Equal(ExitCodes.ContentError, exitCode);
        Assert.Equal(
            "error ES2102: the search index needs Node.js, but 'node' was not found on PATH\n" +
            "  hint: Install Node.js 18 or later (https://nodejs.org/), or build without search: --no-search.\n" +
            "Build failed: the search index cannot be built; nothing was changed.\n",
            stderr.ToString().ReplaceLineEndings("\n"));
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task No_search_needs_no_node()
    {
        var (options, exitCode) = await BuildCommand.ConfigureAsync(new BuildOptions(), null, search: false, TextWriter.Null, TextWriter.Null, pathVariable: _temp.Path);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Null(options!.Search);
    }

    [Theory]
    [InlineData("https://preview.example.org/", "https://preview.example.org")]
    [InlineData("https://example.org/docs", "https://example.org/docs")]
    [InlineData("http://localhost:8080", "http://localhost:8080")]
    public async Task Site_url_option_is_normalised(string given, string expected)
    {
        var (options, exitCode) = await BuildCommand.ConfigureAsync(new BuildOptions(), given, search: false, TextWriter.Null, TextWriter.Null);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(expected, options!.SiteUrl);
    }

    [Theory]
    [InlineData("example.org")]
    [InlineData("/docs")]
    [InlineData("ftp://example.org")]
    [InlineData("https://example.org/?preview=1")]
    public async Task Unusable_site_url_is_a_usage_error(string given)
    {
        var stderr = new StringWriter();

        var (options, exitCode) = await BuildCommand.ConfigureAsync(new BuildOptions(), given, search: false, TextWriter.Null, stderr);

        Assert.Null(options);
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith($"error ES2101: site URL '{given}' is not an absolute http(s) address\n  hint: ", stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Pagefind's page fragments (gzip, "pagefind_dcd" + JSON) by URL: the text each page was indexed with.</summary>
    private static Dictionary<string, string> Fragments(string bundle)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(bundle, "fragment"), "*.pf_fragment"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var text = reader.ReadToEnd();
            Assert.StartsWith("pagefind_dcd", text);
            using var json = JsonDocument.Parse(text["pagefind_dcd".Length..]);
            result.Add(json.RootElement.GetProperty("url").GetString()!, json.RootElement.GetProperty("content").GetString()!);
        }
        return result;
    }
}
