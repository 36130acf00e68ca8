using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Finalize;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// The engine's Finalize stage: output transforms run in order after every PostProcess, over every document of
/// every pipeline, and analyzers and the Output phase see their result.
/// </summary>
public sealed class OutputTransformTests
{
    private sealed class Append(string text, List<string> log) : IOutputTransform
    {
        public Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context)
        {
            log.Add($"{text}:{context.Phase}:{string.Join(",", documents.Select(d => d.Content))}");
            return Task.FromResult(documents.Select(d => d with { Content = d.Content + text }).ToImmutableArray());
        }
    }

    private sealed class Drop : IOutputTransform
    {
        public Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
            Task.FromResult(documents.RemoveAt(0));
    }

    private sealed class Record(List<string> log) : IAnalyzer
    {
        public Task AnalyzeAsync(ImmutableArray<Document> documents, IExecutionContext context)
        {
            log.Add("analyzer:" + string.Join(",", documents.Select(d => d.Content)));
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Transforms_run_in_order_after_post_process_on_every_pipeline_and_analyzers_see_the_result()
    {
        var log = new List<string>();
        Pipeline[] pipelines =
        [
            new("b") { Input = [new AddDocuments(new Document { Source = "b", Content = "b" })], PostProcess = [new MapDocuments(d => d with { Content = d.Content + "!" })] },
            new("a") { Input = [new AddDocuments(new Document { Source = "a1", Content = "a1" }, new Document { Source = "a2", Content = "a2" })] },
        ];
        var engine = new SiteEngineBuilder().AddPipelines(pipelines).AddAnalyzer(new Record(log)).AddTransform(new Append("1", log)).AddTransform(new Append("2", log)).Build();

        var result = await EngineRunner.RunAsync(engine);

        Assert.True(result.Succeeded);
        Assert.Equal(["1:Finalize:a1,a2,b!", "2:Finalize:a11,a21,b!1", "analyzer:a112,a212,b!12"], log);
        Assert.Equal(["a112", "a212"], result.Documents["a"].Select(d => d.Content));
        Assert.Equal(["b!12"], result.Documents["b"].Select(d => d.Content));
    }

    [Fact]
    public async Task Two_files_for_one_address_are_reported_before_transforms_rename_them()
    {
        Pipeline[] pipelines =
        [
            new("theme") { Input = [new AddDocuments(new Document { Source = "theme/assets/site.css", Destination = "assets/site.css", Content = "a{}" })] },
            new("input") { Input = [new AddDocuments(new Document { Source = "assets/site.css", Destination = "assets/site.css", Content = "b{}" })] },
        ];
        var engine = new SiteEngineBuilder().AddPipelines(pipelines).AddTransform(new FingerprintAssets()).Build();

        var result = await EngineRunner.RunAsync(engine);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/assets/site.css: error ES0020: 'assets/site.css' is written by more than one document (also by 'assets/site.css')", error.ToString());
    }

    [Fact]
    public async Task A_transform_that_drops_a_document_is_a_bug_in_the_transform()
    {
        var pipeline = new Pipeline("p") { Input = [new AddDocuments(new Document { Source = "x" })] };
        var engine = new SiteEngineBuilder().AddPipeline(pipeline).AddTransform(new Drop()).Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => EngineRunner.RunAsync(engine));

        Assert.Equal("Output transform Drop returned 0 documents for 1; a transform maps each document to one document.", error.Message);
    }
}
