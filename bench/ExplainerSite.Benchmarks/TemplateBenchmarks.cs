using BenchmarkDotNet.Attributes;
using Pipework.Analyzers;
using Pipework.Finalize;
using ExplainerSite.Rendering;

namespace ExplainerSite.Benchmarks;

/// <summary>An explainer's layout (explainer → base, with the head, header, breadcrumbs, toc, references and footer partials).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private SiteCapture _site = null!;
    private IReadOnlyDictionary<string, object?> _variables = null!;
    private string _html = "";

    /// <summary>Pages in the site the explainer belongs to: what <c>site</c> holds grows with it, a page's work should not.</summary>
    [Params(2, 100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = SiteCapture.Build(Corpus.Input(Pages), Corpus.CitedExplainer);
        _variables = PageModel.Variables(_site.BeforeTemplate, _site.TemplateContext);
        _html = RenderLayout();
    }

    /// <summary>What the layout sees as <c>page</c> and <c>site</c> (the site model is built once per build).</summary>
    [Benchmark]
    public IReadOnlyDictionary<string, object?> PageVariables() => PageModel.Variables(_site.BeforeTemplate, _site.TemplateContext);

    /// <summary>The Fluid render of the explainer layout and its parent with ready variables.</summary>
    [Benchmark(Baseline = true)]
    public string RenderLayout() =>
        _site.Templates.Render("explainer", _variables, _site.BeforeTemplate.Content, _site.BeforeTemplate.Source);

    /// <summary>What the link checker reads from the finished page (ids and references).</summary>
    [Benchmark]
    public PageLinks ReadPageLinks() => PageLinks.Read(_html);

    /// <summary>The start tags of the finished page, which the output transforms and the link checker read.</summary>
    [Benchmark]
    public int ScanTags() => HtmlTags.Scan(_html).Count;

    /// <summary>Every URL of the finished page offered to a map that changes none (the output transforms' floor).</summary>
    [Benchmark]
    public string RewriteUrls() => HtmlUrls.Instance.Rewrite(_html, _ => null);
}
