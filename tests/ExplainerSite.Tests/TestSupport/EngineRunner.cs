using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Tests.TestSupport;

/// <summary>Runs modules through the real engine (one pipeline, no output written), the way a site runs them.</summary>
public static class EngineRunner
{
    public const string PipelineName = "test";

    /// <summary>Feeds <paramref name="documents"/> through <paramref name="process"/> in the Process phase.</summary>
    public static Task<BuildResult> ProcessAsync(IModule process, params Document[] documents) =>
        ProcessAsync([process], documents);

    public static Task<BuildResult> ProcessAsync(IModule[] process, Document[] documents, string? inputRoot = null)
    {
        var pipeline = new Pipeline(PipelineName) { Input = [new AddDocuments(documents)], Process = [.. process] };
        return RunAsync(pipeline, inputRoot);
    }

    public static Task<BuildResult> RunAsync(Pipeline pipeline, string? inputRoot = null) => RunAsync(new SiteEngineBuilder().AddPipeline(pipeline).Build(), inputRoot);

    /// <summary>Builds without writing output; <paramref name="inputRoot"/> is where ReadFiles looks.</summary>
    public static Task<BuildResult> RunAsync(SiteEngine engine, string? inputRoot = null)
    {
        var root = inputRoot ?? Path.GetTempPath();
        return engine.BuildAsync(new EngineSettings(root, root, Path.Combine(root, "unused-output")) { WriteOutput = false });
    }

    public static Document Single(this BuildResult result) =>
        Assert.Single(result.Documents[PipelineName]);
}
