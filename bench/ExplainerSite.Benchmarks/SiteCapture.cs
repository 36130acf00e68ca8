using System.Collections.Immutable;
using Pipework.Host.Cli;
using Pipework.Content;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Names;
using ExplainerSite.Pipelines;

namespace ExplainerSite.Benchmarks;

/// <summary>
/// One explainer as the real pipelines hand it to the hot modules: the document just before Markdown rendering
/// and just before its layout, each with the execution context it had there (the build's shared site model,
/// data and other pipelines' documents stay reachable through it). Built by running the site's own pipelines
/// once, with a module inserted that keeps the document.
/// </summary>
public sealed class SiteCapture
{
    public required Document BeforeMarkdown { get; init; }
    public required IExecutionContext MarkdownContext { get; init; }
    public required RenderMarkdown RenderMarkdown { get; init; }
    public required Document BeforeTemplate { get; init; }
    public required IExecutionContext TemplateContext { get; init; }
    public required ThemeTemplates Templates { get; init; }

    public static SiteCapture Build(string input, string source)
    {
        Document? beforeMarkdown = null, beforeTemplate = null;
        IExecutionContext? markdownContext = null, templateContext = null;
        var original = SitePipelines.All();
        var pipelineName = source.StartsWith("explainers/", StringComparison.Ordinal) && source != "explainers/index.md" ? PipelineNames.Explainers : PipelineNames.Pages;
        var explainers = original.Single(p => p.Name == pipelineName);
        var render = (RenderMarkdown)explainers.Process.First(m => m is RenderMarkdown);
        var pipelines = original.Select(p => p.Name != pipelineName ? p : p with
        {
            Process = [.. p.Process.TakeWhile(m => m != render), new Keep(source, (d, c) => (beforeMarkdown, markdownContext) = (d, c)), .. p.Process.SkipWhile(m => m != render)],
            PostProcess = [new Keep(source, (d, c) => (beforeTemplate, templateContext) = (d, c)), .. p.PostProcess],
        });
        var templates = new ThemeTemplates(Corpus.Theme);
        var settings = new EngineSettings(input, Corpus.Theme, Path.Combine(Path.GetTempPath(), "explainersite-capture-unused")) { WriteOutput = false };
        var result = new SiteEngineBuilder().AddPipelines(pipelines).AddService(templates).AddService(new BuildOptions()).Build().BuildAsync(settings).GetAwaiter().GetResult();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return new SiteCapture
        {
            BeforeMarkdown = beforeMarkdown ?? throw new InvalidOperationException(source + " not seen before Markdown"),
            MarkdownContext = markdownContext!,
            RenderMarkdown = render,
            BeforeTemplate = beforeTemplate ?? throw new InvalidOperationException(source + " not seen before its layout"),
            TemplateContext = templateContext!,
            Templates = templates,
        };
    }

    private sealed class Keep(string source, Action<Document, IExecutionContext> keep) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
        {
            foreach (var d in inputs)
                if (d.Source == source) keep(d, context);
            return Task.FromResult(inputs);
        }
    }
}
