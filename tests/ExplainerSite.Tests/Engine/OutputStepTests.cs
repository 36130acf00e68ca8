using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

/// <summary>Output steps work on the written staging folder before it is committed; a failing one keeps the old output.</summary>
public sealed class OutputStepTests : IDisposable
{
    private readonly TempFolder _root = new();

    public OutputStepTests()
    {
        _root.Write("site/index.html", "<p>previous build</p>\n");
        _root.MarkAsBuilt("site");
    }

    public void Dispose() => _root.Dispose();

    private string Output => _root.Combine("site");

    private static Pipeline Writing() => new("pages")
    {
        Input = [new AddDocuments(new Document { Source = "index.md", Destination = "index.html", Content = "<p>new</p>\n" })],
        Output = [new WriteFiles()],
    };

    private Task<BuildResult> Build(params IOutputStep[] steps)
    {
        var builder = new SiteEngineBuilder().AddPipeline(Writing());
        foreach (var step in steps) builder.AddOutputStep(step);
        return builder.Build().BuildAsync(new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output));
    }

    private sealed class Step(string name, Func<string, IExecutionContext, Task> run) : IOutputStep
    {
        public string Name => name;
        public Task RunAsync(string outputFolder, IExecutionContext context, CancellationToken cancellation) => run(outputFolder, context);
    }

    [Fact]
    public async Task Steps_run_in_order_on_the_written_staging_folder_and_their_files_are_committed()
    {
        var seen = new List<string>();
        var result = await Build(
            new Step("first", (folder, context) =>
            {
                seen.Add($"first {File.ReadAllText(Path.Combine(folder, "index.html")).Trim()} {context.Phase} {folder != Output}");
                File.WriteAllText(Path.Combine(folder, "index.json"), "{}\n");
                return Task.CompletedTask;
            }),
            new Step("second", (folder, _) =>
            {
                seen.Add($"second {File.Exists(Path.Combine(folder, "index.json"))}");
                return Task.CompletedTask;
            }));

        Assert.True(result.Succeeded);
        Assert.Equal(["first <p>new</p> Output True", "second True"], seen);
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(Output, "index.json")));
        Assert.Equal(2, result.FilesWritten);
    }

    [Fact]
    public async Task A_failing_step_stops_the_next_steps_and_leaves_the_previous_output_untouched()
    {
        var ran = false;
        var result = await Build(
            new Step("indexer", (folder, _) =>
            {
                File.WriteAllText(Path.Combine(folder, "half-written.json"), "{");
                throw EngineErrors.ReadFailed.Exception("indexer", 0, 0, "no index");
            }),
            new Step("never", (_, _) => { ran = true; return Task.CompletedTask; }));

        Assert.False(result.Succeeded);
        Assert.Equal("indexer: error ES0030: cannot read file: no index", Assert.Single(result.Diagnostics).ToString());
        Assert.False(ran);
        Assert.Equal([OutputManifest.FileName, "index.html"], Directory.EnumerateFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("<p>previous build</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateDirectories(_root.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_step_is_an_error_naming_the_step()
    {
        var result = await Build(new Step("pagefind", (_, _) => throw new InvalidOperationException("boom")));

        Assert.False(result.Succeeded);
        Assert.Equal("pagefind: error ES0099: internal error while processing this file: boom", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("<p>previous build</p>\n", File.ReadAllText(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public async Task Steps_do_not_run_on_a_dry_run()
    {
        var ran = false;
        var engine = new SiteEngineBuilder().AddPipeline(Writing()).AddOutputStep(new Step("x", (_, _) => { ran = true; return Task.CompletedTask; })).Build();

        var result = await engine.BuildAsync(new EngineSettings(_root.Combine("input"), _root.Combine("theme"), Output) { WriteOutput = false });

        Assert.True(result.Succeeded);
        Assert.False(ran);
    }
}
