using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.IO;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Tests.TestSupport;
using BuildEngine = ExplainerSite.Engine.Pipelines.Engine;

namespace ExplainerSite.Tests.Engine;

/// <summary>The output folder changes only as a whole, and only when a build succeeds.</summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly TempFolder _root = new();

    public AtomicOutputTests()
    {
        _root.Write("site/index.html", "<p>previous build</p>\n");
        _root.Write("site/stale/index.html", "<p>a page that no longer exists</p>\n");
        _root.WriteBytes("site/assets/logo.png", [0x89, 0x50, 0x4E, 0x47]);
    }

    public void Dispose() => _root.Dispose();

    private string Output => _root.Combine("site");

    private static Document Page(string destination, string content) => new() { Source = destination + ".md", Destination = destination, Content = content };

    private Task<BuildResult> Build(Pipeline pipeline, bool writeOutput = true) =>
        new BuildEngine([pipeline]).BuildAsync(new EngineSettings(_root.Path, _root.Path, Output) { WriteOutput = writeOutput });

    private static Pipeline Writing(params IModule[] process) => new("pages")
    {
        Input = [new AddDocuments(Page("index.html", "<p>new</p>\n"), Page("about/index.html", "<p>about</p>\n"))],
        Process = [.. process],
        Output = [new WriteFiles()],
    };

    /// <summary>Every file under the output's parent folder, with its bytes: staging leftovers show up here too.</summary>
    private Dictionary<string, string> FilesUnderRoot() =>
        Directory.EnumerateFiles(_root.Path, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_root.Path, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private string[] Folders() => [.. Directory.EnumerateDirectories(_root.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public async Task Error_in_Process_leaves_the_output_byte_identical_and_no_staging_folder()
    {
        var before = FilesUnderRoot();

        var result = await Build(Writing(new MapDocuments(d => d.Destination == "about/index.html"
            ? throw EngineErrors.YamlSyntax.Exception(d.Source, 1, 1, "bad") : d)));

        Assert.False(result.Succeeded);
        Assert.Equal(before, FilesUnderRoot());
        Assert.Equal(["site"], Folders());
        Assert.Equal(0, result.FilesWritten);
    }

    [Fact]
    public async Task Error_while_writing_leaves_the_output_byte_identical_and_no_staging_folder()
    {
        var before = FilesUnderRoot();
        var pipeline = Writing() with
        {
            // WriteFiles has already written index.html into staging when this fails.
            Output = [new WriteFiles(), new FailModule(() => EngineErrors.ReadFailed.Exception("x.md", 0, 0, "disk full"))],
        };

        var result = await Build(pipeline);

        Assert.False(result.Succeeded);
        Assert.Equal(before, FilesUnderRoot());
        Assert.Equal(["site"], Folders());
    }

    [Fact]
    public async Task Crash_while_writing_leaves_the_output_byte_identical_and_no_staging_folder()
    {
        var before = FilesUnderRoot();
        var pipeline = Writing() with { Output = [new WriteFiles(), new FailModule(() => new InvalidOperationException("bug"))] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Build(pipeline));

        Assert.Equal(before, FilesUnderRoot());
        Assert.Equal(["site"], Folders());
    }

    [Fact]
    public async Task Successful_build_replaces_the_whole_output_folder()
    {
        var result = await Build(Writing());

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.FilesWritten);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["site/about/index.html"] = Convert.ToHexString("<p>about</p>\n"u8),
                ["site/index.html"] = Convert.ToHexString("<p>new</p>\n"u8),
            },
            FilesUnderRoot());
        Assert.Equal(["site"], Folders());
    }

    [Fact]
    public async Task Successful_build_creates_a_missing_output_folder()
    {
        Directory.Delete(Output, recursive: true);

        var result = await Build(Writing());

        Assert.True(result.Succeeded);
        Assert.Equal("<p>new</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public async Task Dry_run_leaves_the_output_untouched_and_creates_nothing()
    {
        var before = FilesUnderRoot();

        var result = await Build(Writing(), writeOutput: false);

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.FilesWritten);
        Assert.Equal(before, FilesUnderRoot());
        Assert.Equal(["site"], Folders());
    }

    [Fact]
    public async Task Staging_folders_left_by_a_killed_build_are_removed_by_the_next_build()
    {
        _root.Write(".site.staging-1234-abc/index.html", "half written");
        _root.Write(".site.old-1234-abc/index.html", "old");

        await Build(Writing());

        Assert.Equal(["site"], Folders());
    }
}
