using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace ExplainerSite.Citations;

/// <summary>Registers citation parsing and rendering; idempotent, like Markdig's own extensions.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCitationRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlCitationRenderer());
    }
}

public static class CitationPipelineExtensions
{
    public static MarkdownPipelineBuilder UsePandocCitations(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<CitationExtension>();
        return builder;
    }
}
