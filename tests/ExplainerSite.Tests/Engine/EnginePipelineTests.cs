using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

/// <summary>How the engine schedules phases, shares documents between pipelines and collects problems.</summary>
public sealed class EnginePipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static Document Doc(string source, string destination = "") => new() { Source = source, Destination = destination };

    private static Task<BuildResult> Build(params Pipeline[] pipelines) => EngineRunner.RunAsync(new SiteEngineBuilder().AddPipelines(pipelines).Build());

    [Fact]
    public async Task Independent_pipelines_run_Input_and_Process_concurrently()
    {
        // Each Process waits until the other has started: run one after the other, this would time out.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        RunModule Meet(TaskCompletionSource mine, TaskCompletionSource other) => new(async (docs, _) =>
        {
            mine.SetResult();
            await other.Task.WaitAsync(Patience);
            return docs;
        });

        var result = await Build(
            new Pipeline("a") { Input = [new AddDocuments(Doc("a.md"))], Process = [Meet(aStarted, bStarted)] },
            new Pipeline("b") { Input = [new AddDocuments(Doc("b.md"))], Process = [Meet(bStarted, aStarted)] });

        Assert.True(result.Succeeded);
        Assert.Equal(["a.md", "b.md"], result.AllDocuments.Select(d => d.Source));
    }

    [Fact]
    public async Task Pipeline_starts_after_the_Process_phase_of_its_dependencies()
    {
        var events = new ConcurrentQueue<string>();
        var seen = ImmutableArray<Document>.Empty;
        var upstream = new Pipeline("data")
        {
            Input = [new AddDocuments(Doc("data.yml"))],
            Process = [new RunModule(async (docs, _) =>
            {
                for (var i = 0; i < 20; i++) await Task.Yield();
                events.Enqueue("data processed");
                return [.. docs.Select(d => d.With("processed", true))];
            })],
        };
        var downstream = new Pipeline("pages")
        {
            Dependencies = ["data"],
            Input = [new RunModule((docs, context) =>
            {
                events.Enqueue("pages input");
                seen = context.OutputsOf("data");
                return docs;
            })],
        };

        var result = await Build(downstream, upstream);

        Assert.True(result.Succeeded);
        Assert.Equal(["data processed", "pages input"], events);
        Assert.True(Assert.Single(seen).Get<bool>("processed"));
    }

    [Fact]
    public async Task Reading_an_undeclared_pipeline_during_Process_throws()
    {
        var reader = new Pipeline("pages") { Process = [new RunModule((docs, context) => context.OutputsOf("data"))] };

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Build(reader, new Pipeline("data")));

        Assert.Equal("Pipeline 'pages' reads 'data' during Process but does not declare it as a dependency.", ex.Message);
    }

    [Fact]
    public async Task All_documents_are_only_available_from_PostProcess_on()
    {
        var reader = new Pipeline("pages") { Input = [new RunModule((docs, context) => context.AllOutputs())] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Build(reader));
    }

    [Fact]
    public async Task PostProcess_sees_the_Process_output_of_every_pipeline()
    {
        static Pipeline Source(string name) => new(name)
        {
            Input = [new AddDocuments(Doc(name + ".md"))],
            Process = [new MapDocuments(d => d.With("processed", true))],
        };
        var seenAll = ImmutableArray<Document>.Empty;
        var seenOne = ImmutableArray<Document>.Empty;
        var index = new Pipeline("index")
        {
            PostProcess = [new RunModule((docs, context) =>
            {
                seenAll = context.AllOutputs();
                seenOne = context.OutputsOf("b");   // no dependency needed after Process
                return docs;
            })],
        };

        var result = await Build(Source("b"), index, Source("a"), Source("c"));

        Assert.True(result.Succeeded);
        Assert.Equal(["a.md", "b.md", "c.md"], seenAll.Select(d => d.Source));
        Assert.All(seenAll, d => Assert.True(d.Get<bool>("processed")));
        Assert.Equal("b.md", Assert.Single(seenOne).Source);
    }

    [Fact]
    public async Task A_failing_document_does_not_hide_the_others_and_all_diagnostics_come_sorted()
    {
        Document? Check(Document d) => d.Source switch
        {
            "b.md" => throw EngineErrors.YamlSyntax.Exception("b.md", 7, 2, "second problem"),
            "a.md" => throw new ContentException([
                EngineErrors.YamlSyntax.At("a.md", 9, 1, "later"),
                EngineErrors.YamlSyntax.At("a.md", 3, 5, "earlier")]),
            _ => d,
        };
        var pages = new Pipeline("pages")
        {
            Input = [new AddDocuments(Doc("d.md"), Doc("b.md"), Doc("c.md"), Doc("a.md"))],
            Process = [new MapDocuments(Check)],
        };
        var data = new Pipeline("data")
        {
            Input = [new AddDocuments(Doc("0.yml"))],
            Process = [new MapDocuments(_ => throw EngineErrors.EmptyFile.Exception("0.yml", 1, 1))],
        };

        var result = await Build(pages, data);

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["0.yml:1:1: error ES0006: file is empty",
             "a.md:3:5: error ES0001: YAML syntax error: earlier",
             "a.md:9:1: error ES0001: YAML syntax error: later",
             "b.md:7:2: error ES0001: YAML syntax error: second problem"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["d.md", "c.md"], result.Documents["pages"].Select(d => d.Source));
    }

    [Fact]
    public async Task Unexpected_exception_in_a_document_becomes_ES0099_naming_the_file()
    {
        var pages = new Pipeline("pages")
        {
            Input = [new AddDocuments(Doc("a.md"))],
            Process = [new MapDocuments(_ => throw new FormatException("boom"))],
        };

        var d = Assert.Single((await Build(pages)).Diagnostics);

        Assert.Equal("a.md: error ES0099: internal error while processing this file: boom", d.ToString());
    }

    [Fact]
    public async Task Two_documents_with_one_destination_is_ES0020()
    {
        var result = await Build(
            new Pipeline("b") { Input = [new AddDocuments(Doc("b/x.md", "x/index.html"))] },
            new Pipeline("a") { Input = [new AddDocuments(Doc("a/x.md", "x/index.html"), Doc("a/y.md", "y/index.html"))] });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0020", "'x/index.html' is written by more than one document (also by 'a/x.md')", "b/x.md"), (d.Code, d.Message, d.File));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.html")]
    [InlineData("a/./b.html")]
    [InlineData("a//b.html")]
    [InlineData("C:/x.html")]
    public async Task Destination_outside_the_output_folder_is_ES0021(string destination)
    {
        var result = await Build(new Pipeline("pages") { Input = [new AddDocuments(Doc("a.md", destination))] });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0021", $"output path '{destination}' leaves the output folder", "a.md"), (d.Code, d.Message, d.File));
    }

    [Fact]
    public void Dependency_cycle_is_rejected_when_the_engine_is_built()
    {
        var ex = Assert.Throws<EngineConfigurationException>(() => new SiteEngineBuilder().AddPipelines([
            new Pipeline("a") { Dependencies = ["b"] },
            new Pipeline("b") { Dependencies = ["c"] },
            new Pipeline("c") { Dependencies = ["a"] },
        ]).Build());

        Assert.Equal("Pipeline dependencies form a cycle: a -> b -> c -> a.", ex.Message);
    }

    [Fact]
    public void Unknown_dependency_and_duplicate_names_are_rejected_when_the_engine_is_built()
    {
        Assert.Equal("Pipeline 'a' depends on unknown pipeline 'nope'.",
            Assert.Throws<EngineConfigurationException>(() => new SiteEngineBuilder().AddPipeline(new Pipeline("a") { Dependencies = ["nope"] }).Build()).Message);
        Assert.Equal("Two pipelines are named 'a'.",
            Assert.Throws<EngineConfigurationException>(() => new SiteEngineBuilder().AddPipelines([new Pipeline("a"), new Pipeline("a")]).Build()).Message);
    }
}
