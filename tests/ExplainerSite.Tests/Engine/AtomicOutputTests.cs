using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

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
        _root.MarkAsBuilt("site");
    }

    public void Dispose() => _root.Dispose();

    private string Output => _root.Combine("site");

    private static Document Page(string destination, string content) => new() { Source = destination + ".md", Destination = destination, Content = content };

    private Task<BuildResult> Build(Pipeline pipeline, bool writeOutput = true) =>
        new SiteEngineBuilder().AddPipeline(pipeline).Build().BuildAsync(new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output) { WriteOutput = writeOutput });

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
            ["site/.explainersite-manifest", "site/about/index.html", "site/index.html"],
            FilesUnderRoot().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<p>new</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["about/index.html", "index.html"], OutputManifest.Read(Output)!.Order(StringComparer.Ordinal));
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

    [Fact]
    public async Task A_build_killed_between_the_two_renames_gets_the_previous_output_back_even_when_the_next_build_fails()
    {
        // The state a kill leaves after 'output -> .old' and before 'staging -> output': no output folder at all.
        var before = FilesUnderRoot();
        Directory.Move(Output, _root.Combine(".site.old-1234-abc"));
        _root.Write(".site.staging-1234-def/index.html", "complete, but never committed");

        var result = await Build(Writing(new MapDocuments(d => throw EngineErrors.YamlSyntax.Exception(d.Source, 1, 1, "bad"))));

        Assert.False(result.Succeeded);
        Assert.Equal(before, FilesUnderRoot());
        Assert.Equal(["site"], Folders());
    }

    [Fact]
    public async Task A_swap_inside_the_folder_killed_half_way_gets_the_previous_output_back()
    {
        // Inside-the-folder swap (a mount point): the old entries were being taken aside, manifest first, when it died.
        var before = FilesUnderRoot();
        var old = _root.Combine("site", ".explainersite-old-1234-abc");
        Directory.CreateDirectory(old);
        File.Move(Path.Combine(Output, OutputManifest.FileName), Path.Combine(old, OutputManifest.FileName));
        File.Move(Path.Combine(Output, "index.html"), Path.Combine(old, "index.html"));
        _root.Write("site/.explainersite-staging-1234-abc/index.html", "new");

        var result = await Build(Writing(new MapDocuments(d => throw EngineErrors.YamlSyntax.Exception(d.Source, 1, 1, "bad"))));
        Assert.False(result.Succeeded);
        OutputFolder.Recover(Output);

        Assert.Equal(before, FilesUnderRoot());
    }

    [Theory]
    [InlineData("site", "ES0071", "the output folder 'site' is the input folder 'site'")]
    [InlineData(".", "ES0071", "the output folder '.' contains the input folder 'site'")]
    [InlineData("site/sub", "ES0071", "the output folder 'site/sub' lies inside the input folder 'site'")]
    public async Task An_output_folder_overlapping_the_input_is_refused_before_anything_is_read(string output, string code, string message)
    {
        var before = FilesUnderRoot();
        var settings = new EngineSettings(Output, _root.Combine("theme"), Path.GetFullPath(output, _root.Path)) { DisplayRoot = _root.Path };

        var result = await new SiteEngineBuilder().AddPipeline(Writing()).Build().BuildAsync(settings);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((code, message), (error.Code, error.Message[..message.Length]));
        Assert.True(OutputErrors.IsRefusal(error));
        Assert.Equal(before, FilesUnderRoot());
    }

    [Fact]
    public async Task A_folder_with_files_no_build_wrote_is_refused_unless_replacing_is_asked_for()
    {
        _root.Write("site/notes.txt", "mine\n");
        var before = FilesUnderRoot();

        var refused = await Build(Writing());
        var error = Assert.Single(refused.Diagnostics);
        Assert.Equal("ES0073", error.Code);
        Assert.Contains("holds 1 file(s) this generator did not write, e.g. 'notes.txt'", error.Message);
        Assert.Equal(before, FilesUnderRoot());

        var settings = new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output) { ReplaceForeignOutput = true };
        Assert.True((await new SiteEngineBuilder().AddPipeline(Writing()).Build().BuildAsync(settings)).Succeeded);
        Assert.False(File.Exists(Path.Combine(Output, "notes.txt")));
    }

    [Fact]
    public async Task A_folder_holding_a_git_repository_is_refused_even_when_replacing_is_asked_for()
    {
        _root.Write("site/.git/HEAD", "ref: refs/heads/main\n");
        var before = FilesUnderRoot();
        var settings = new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output) { ReplaceForeignOutput = true };

        var result = await new SiteEngineBuilder().AddPipeline(Writing()).Build().BuildAsync(settings);

        Assert.Equal("ES0072", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, FilesUnderRoot());
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_waits_for_the_first_and_fails_clearly_when_it_does_not_end()
    {
        using var held = OutputLock.Acquire(RealPath.Of(Output), TimeSpan.Zero);
        Assert.NotNull(held);
        var waited = 0;
        var settings = new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output)
        {
            OutputLockWait = TimeSpan.FromMilliseconds(300),
            OutputBusy = () => waited++,
            DisplayRoot = _root.Path,
        };
        var before = FilesUnderRoot();

        var result = await new SiteEngineBuilder().AddPipeline(Writing()).Build().BuildAsync(settings);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0076", "another build is writing into the output folder 'site' (waited 0 s)"), (error.Code, error.Message));
        Assert.Equal(1, waited);
        Assert.Equal(before, FilesUnderRoot());
    }
}
