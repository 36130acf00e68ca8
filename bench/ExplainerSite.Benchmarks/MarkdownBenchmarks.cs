using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ExplainerSite.Citations;
using Pipework.Content;
using Pipework.Documents;
using Markdig;

namespace ExplainerSite.Benchmarks;

/// <summary>One explainer body (about 2 KB, headings, list, table, link, one citation) from Markdown to HTML.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private SiteCapture _site = null!;
    private MarkdownPipeline _pipeline = null!;
    private ImmutableArray<Document> _input;

    [GlobalSetup]
    public void Setup()
    {
        _site = SiteCapture.Build(Corpus.Input(2), Corpus.CitedExplainer);
        _pipeline = MarkdownPipelines.CreateBuilder().UsePandocCitations().Build();
        _input = [_site.BeforeMarkdown];
    }

    /// <summary>The site's RenderMarkdown module: parse, number and check citations, check link URLs, render, headings, word count.</summary>
    [Benchmark(Baseline = true)]
    public Document RenderMarkdownModule() => _site.RenderMarkdown.ExecuteAsync(_input, _site.MarkdownContext).GetAwaiter().GetResult()[0];

    /// <summary>Markdig alone with the same extensions, for comparison.</summary>
    [Benchmark]
    public string MarkdigToHtml() => Markdown.ToHtml(_site.BeforeMarkdown.Content, _pipeline);
}
