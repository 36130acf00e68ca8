using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

/// <summary>With incremental output (serve), a rebuild writes only what changed and removes what is gone.</summary>
public sealed class IncrementalOutputTests : IDisposable
{
    private readonly TempFolder _root = new();
    private List<Document> _pages = [];

    public IncrementalOutputTests()
    {
        _root.Write("site/stale-from-an-earlier-build.html", "old\n");
        _root.WriteBytes("theme/logo.png", [0x89, 0x50, 0x4E, 0x47]);
        _root.MarkAsBuilt("site");
    }

    public void Dispose() => _root.Dispose();

    private string Output => _root.Combine("site");

    private static Document Page(string destination, string content) => new() { Source = destination + ".md", Destination = destination, Content = content };

    private EngineSettings Settings => new(_root.Combine("input"), _root.Combine("theme"), Output) { IncrementalOutput = true };

    private SiteEngine CreateEngine() => new SiteEngineBuilder().AddPipeline(new Pipeline("pages")
    {
        Input = [new ReadPages(() => _pages)],
        Output = [new WriteFiles()],
    }).Build();

    private sealed class ReadPages(Func<List<Document>> pages) : IModule
    {
        public Task<System.Collections.Immutable.ImmutableArray<Document>> ExecuteAsync(System.Collections.Immutable.ImmutableArray<Document> inputs, IExecutionContext context) =>
            Task.FromResult(System.Collections.Immutable.ImmutableArray.CreateRange(pages()));
    }


    [Fact]
    public async Task A_rebuild_rewrites_only_the_changed_page_deletes_the_removed_one_and_keeps_the_rest()
    {
        var engine = CreateEngine();
        var logo = new Document { Source = "logo.png", SourceFile = _root.Combine("theme/logo.png"), Destination = "assets/logo.png", IsBinary = true };
        _pages = [Page("index.html", "<p>home</p>\n"), Page("a/index.html", "<p>a</p>\n"), Page("b/index.html", "<p>b</p>\n"), logo];

        var first = await engine.BuildAsync(Settings);
        Assert.True(first.Succeeded);
        Assert.Equal(4, first.FilesWritten);
        // The first build fills the folder whole, as any build does: nothing from before is left.
        Assert.False(File.Exists(Path.Combine(Output, "stale-from-an-earlier-build.html")));

        // Mark every file, so a rewrite shows (a rename replaces the file, so the mark is gone).
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        _pages = [Page("index.html", "<p>home</p>\n"), Page("a/index.html", "<p>a, edited</p>\n"), logo];
        var second = await engine.BuildAsync(Settings);

        Assert.True(second.Succeeded);
        Assert.Equal(3, second.FilesWritten);
        Assert.Equal("<p>a, edited</p>\n", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.NotEqual(2001, File.GetLastWriteTimeUtc(Path.Combine(Output, "a/index.html")).Year);
        Assert.Equal(2001, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")).Year);
        Assert.Equal(2001, File.GetLastWriteTimeUtc(Path.Combine(Output, "assets/logo.png")).Year);
        Assert.False(Directory.Exists(Path.Combine(Output, "b")));
        Assert.Empty(Directory.EnumerateFiles(Output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_manifest_follows_incremental_rebuilds_and_is_not_rewritten_when_the_files_are_the_same()
    {
        var engine = CreateEngine();
        _pages = [Page("index.html", "<p>home</p>\n"), Page("a/index.html", "<p>a</p>\n")];
        Assert.True((await engine.BuildAsync(Settings)).Succeeded);
        var manifest = Path.Combine(Output, OutputManifest.FileName);
        File.SetLastWriteTimeUtc(manifest, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        _pages = [Page("index.html", "<p>home, edited</p>\n"), Page("a/index.html", "<p>a</p>\n")];
        Assert.True((await engine.BuildAsync(Settings)).Succeeded);
        Assert.Equal(2001, File.GetLastWriteTimeUtc(manifest).Year);

        _pages = [Page("index.html", "<p>home</p>\n"), Page("b/index.html", "<p>b</p>\n")];
        Assert.True((await engine.BuildAsync(Settings)).Succeeded);
        Assert.Equal(["b/index.html", "index.html"], OutputManifest.Read(Output)!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_failed_rebuild_writes_nothing_and_the_next_good_one_catches_up()
    {
        var engine = CreateEngine();
        _pages = [Page("index.html", "<p>home</p>\n"), Page("a/index.html", "<p>a</p>\n")];
        Assert.True((await engine.BuildAsync(Settings)).Succeeded);

        _pages = [Page("index.html", "<p>home, edited</p>\n"), Page("../outside.html", "x")];
        var failed = await engine.BuildAsync(Settings);
        Assert.False(failed.Succeeded);
        Assert.Equal("<p>home</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));

        _pages = [Page("index.html", "<p>home, edited</p>\n")];
        Assert.True((await engine.BuildAsync(Settings)).Succeeded);
        Assert.Equal("<p>home, edited</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(Output, "a/index.html")));
    }
}
