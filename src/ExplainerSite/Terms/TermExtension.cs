using Markdig;
using Markdig.Renderers;

namespace ExplainerSite.Terms;

/// <summary>
/// Renders the <see cref="TermInline"/>s that <see cref="LinkTermUses"/> puts into an explainer's syntax tree; idempotent,
/// like Markdig's own extensions. It parses nothing: terms are found in the parsed text, not in the Markdown.
/// </summary>
public sealed class TermExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTermRenderer>())
            html.ObjectRenderers.Insert(0, new HtmlTermRenderer());
    }
}

public static class TermPipelineExtensions
{
    public static MarkdownPipelineBuilder UseTermLinks(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<TermExtension>();
        return builder;
    }
}
