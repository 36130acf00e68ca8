using ExplainerSite.Citations;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ExplainerSite.Rendering.Charts.Markdown;

/// <summary>
/// Turns every fenced code block whose info string is <c>chart</c> into a <see cref="ChartBlock"/> once a document
/// is parsed, and renders chart blocks as figures. Idempotent, like Markdig's own extensions.
/// </summary>
public sealed class ChartExtension : IMarkdownExtension
{
    public const string Info = "chart";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Replace;
        pipeline.DocumentProcessed += Replace;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlChartRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlChartRenderer());
    }

    private static void Replace(MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>().Where(f => f.Info == Info).ToList())
        {
            var line = fence.Lines.Count > 0 ? fence.Lines.Lines[0] : default;
            var text = line.Slice.ToString();
            var id = text.Trim();
            var block = new ChartBlock(null)
            {
                ChartId = id, Line = fence.Line, Column = fence.Column, Span = fence.Span,
                IdLine = fence.Lines.Count > 0 ? line.Line : fence.Line,
                IdColumn = fence.Lines.Count > 0 ? line.Column + text.Length - text.TrimStart().Length : fence.Column,
            };
            var parent = fence.Parent!;
            parent[parent.IndexOf(fence)] = block;
        }
    }
}

/// <summary>Writes a resolved chart block as its figure; the citations carry the marks the page numbered.</summary>
public sealed class HtmlChartRenderer : HtmlObjectRenderer<ChartBlock>
{
    protected override void Write(HtmlRenderer renderer, ChartBlock block)
    {
        if (block.Chart is null || block.Data is null) return;
        renderer.EnsureLine();
        renderer.Write(ChartFigure.Render(block.Chart, block.Data,
            id => block.Citations.TryGetValue(id, out var c) ? CitationMarkup.Superscript(c.Marks) : ""));
    }
}

public static class ChartPipelineExtensions
{
    /// <summary>Chart blocks (<c>```chart</c>) in Markdown; resolve them with <see cref="ResolveCharts"/>.</summary>
    public static MarkdownPipelineBuilder UseCharts(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<ChartExtension>();
        return builder;
    }
}
