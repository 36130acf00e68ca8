using Pipework.Content;
using Pipework.Control;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

/// <summary>SiteEngineBuilder: one way to register everything, and a missing service as one clear error.</summary>
public sealed class EngineBuilderTests
{
    private static Document Page(string name) => new() { Source = name + ".md", Destination = name + ".html", Content = name };

    [Fact]
    public void A_declared_service_that_is_missing_fails_the_build_of_the_engine_once()
    {
        var pipeline = new Pipeline("pages")
        {
            Input = [new CreateDocuments(Page("a"), Page("b"), Page("c"))],
            PostProcess = [new RenderTemplate((_, _) => new Dictionary<string, object?>(), "page")],
        };
        var ex = Assert.Throws<EngineConfigurationException>(() => new SiteEngineBuilder().AddPipeline(pipeline).AddPipeline(pipeline with { Name = "more" }).Build());
        Assert.Equal("No service registered for ThemeTemplates (needed by RenderTemplate in pipeline 'more', RenderTemplate in pipeline 'pages'). "
            + "Register it with SiteEngineBuilder.AddService.", ex.Message);
    }

    [Fact]
    public async Task A_service_asked_for_without_being_declared_is_one_ES0098_not_an_internal_error_per_file()
    {
        var pipeline = new Pipeline(EngineRunner.PipelineName)
        {
            Input = [new CreateDocuments(Page("a"), Page("b"), Page("c"))],
            Process = [new AskFor()],
        };
        var result = await EngineRunner.RunAsync(new SiteEngineBuilder().AddPipeline(pipeline).Build());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES0098", "no service of type Uri is registered with the engine", (string?)null), (d.Code, d.Message, d.File));
    }

    [Fact]
    public async Task Create_documents_adds_after_its_inputs_and_can_read_the_context()
    {
        var pipeline = new Pipeline(EngineRunner.PipelineName)
        {
            Input = [new CreateDocuments(Page("a")), new CreateDocuments(c => [Page(c.Get<Uri>().Host)])],
        };
        var result = await EngineRunner.RunAsync(new SiteEngineBuilder().AddPipeline(pipeline).AddService(new Uri("https://example.org/")).Build());
        Assert.Equal(["a", "example.org"], result.Documents[EngineRunner.PipelineName].Select(d => d.Content));
    }

    private sealed class AskFor : DocumentModule
    {
        protected override Document? Execute(Document document, IExecutionContext context) => document with { Content = context.Get<Uri>().Host };
    }
}
