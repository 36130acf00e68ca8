using System.Collections.Immutable;
using Pipework.Host.Cli;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Host.Serve;

namespace ExplainerSite.Tests.Editor;

/// <summary>
/// Rebuilds in one session reuse what did not change: a one-file edit re-renders that page only; a template,
/// partial or data change re-renders every page that sees it; the result is always what a fresh build makes.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
{
    private readonly EditorSite _site = new();
    private readonly StringWriter _log = new();

    public void Dispose() => _site.Dispose();

    private LiveSite Live(bool drafts = false) =>
        new(ExplainerSiteDefinition.Instance, new BuildRequest("input", "theme", "output", new BuildOptions { IncludeDrafts = drafts }), new CliConsole(_log, _log, _site.Root), _site.Output);

    private static readonly string[] Pages = ["about/index.html", "explainers/first/index.html", "explainers/index.html", "explainers/second/index.html", "index.html", "sources/index.html"];

    [Fact]
    public async Task One_markdown_edit_renders_only_that_page_and_matches_a_fresh_build()
    {
        var live = Live();
        Assert.True((await live.BuildAsync([], default)).Succeeded, _log.ToString());

        _site.Replace("input/about.md", "A fixture.", "A fixture, changed.");
        var state = await live.BuildAsync(["input/about.md"], default);

        Assert.True(state.Succeeded, _log.ToString());
        // Markdown, template and link scan of the one page: three computations, everything else reused.
        Assert.Matches(@"Rebuilt after changes to input/about\.md: 7 pages in \d+ ms \(engine\); 3 rendered, \d+ reused", _log.ToString());
        var incremental = Read(Pages);
        var fresh = await _site.RunAsync("build", "--no-search", "--output", "fresh");
        Assert.True(fresh.ExitCode == 0, fresh.ToString());
        Assert.Equal(Read(Pages, "fresh"), incremental);
    }

    [Fact]
    public async Task Partial_edit_renders_every_page_again()
    {
        var live = Live();
        await live.BuildAsync([], default);

        _site.Replace("theme/partials/footer.liquid", "Fixture footer.", "New footer.");
        await live.BuildAsync(["theme/partials/footer.liquid"], default);

        foreach (var page in Pages) Assert.Contains("New footer.", File.ReadAllText(Path.Combine(_site.Output, page)));
    }

    [Fact]
    public async Task Layout_fixed_after_a_syntax_error_is_parsed_again()
    {
        var live = Live();
        await live.BuildAsync([], default);
        var original = _site.Read("theme/layouts/page.liquid");

        _site.Write("theme/layouts/page.liquid", original.Replace("{{ page.title }}", "{{ page.title }", StringComparison.Ordinal));
        var broken = await live.BuildAsync(["theme/layouts/page.liquid"], default);
        _site.Write("theme/layouts/page.liquid", original.Replace("<h1>", "<h1 class=\"fixed\">", StringComparison.Ordinal));
        var fixedState = await live.BuildAsync(["theme/layouts/page.liquid"], default);

        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "ES0010");
        Assert.True(fixedState.Succeeded, _log.ToString());
        Assert.Contains("<h1 class=\"fixed\">About</h1>", File.ReadAllText(Path.Combine(_site.Output, "about", "index.html")));
    }

    [Fact]
    public async Task Data_edit_renders_the_pages_that_show_it()
    {
        var live = Live();
        await live.BuildAsync([], default);

        _site.Replace("input/sources.yml", "\"The first source\"", "\"The renamed source\"");
        await live.BuildAsync(["input/sources.yml"], default);

        Assert.Contains("The renamed source", File.ReadAllText(Path.Combine(_site.Output, "sources", "index.html")));
        Assert.Contains("The renamed source", File.ReadAllText(Path.Combine(_site.Output, "explainers", "first", "index.html")));
    }

    [Fact]
    public async Task Warnings_of_a_reused_render_are_reported_again()
    {
        _site.Replace("input/about.md", "A fixture.", "A fixture. See [the old site](http://example.org/).");
        var live = Live();

        var first = await live.BuildAsync([], default);
        var second = await live.BuildAsync(["input/index.md"], default);

        Assert.Contains(first.Diagnostics, d => d.Code == "ES0043");
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public async Task Cache_reuses_a_value_while_the_key_is_the_same_and_replays_its_warnings()
    {
        var cache = new RenderCache();
        var doc = new Document { Source = "a.md" };
        var calls = 0;
        var warning = new Diagnostic(Severity.Warning, "ES9999", "careful", "a.md");
        var owner = new object();
        Pipeline probe = new("probe")
        {
            Process = [new RunModule((docs, context) =>
            {
                string Compute() { calls++; context.Diagnostics.Add(warning); return "value"; }
                var key = Fingerprint.Of("content");
                Assert.Equal("value", cache.GetOrCompute(owner, doc, key, context, Compute));
                Assert.Equal("value", cache.GetOrCompute(owner, doc, key, context, Compute));
                cache.GetOrCompute(owner, doc, Fingerprint.Of("changed"), context, Compute);
                return docs;
            })],
        };
        var settings = new EngineSettings(_site.PathOf("input"), _site.PathOf("theme"), _site.Output) { WriteOutput = false };

        var result = await new SiteEngineBuilder().AddPipeline(probe).AddService(cache).Build().BuildAsync(settings);

        Assert.Equal(2, calls);
        Assert.Equal((1, 2), cache.TakeStatistics());
        Assert.Equal([warning], result.Diagnostics);
    }

    private sealed class RunModule(Func<ImmutableArray<Document>, IExecutionContext, ImmutableArray<Document>> run) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(run(inputs, context));
    }

    private Dictionary<string, string> Read(IEnumerable<string> pages, string folder = "output") =>
        pages.ToDictionary(p => p, p => File.ReadAllText(Path.Combine(_site.Root, folder, p)));
}
