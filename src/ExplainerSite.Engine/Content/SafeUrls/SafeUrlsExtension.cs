using Markdig;
using Markdig.Renderers;

namespace Pipework.Content.SafeUrls;

/// <summary>
/// Renders every link, autolink and image URL whose scheme is not allowed (see <see cref="SafeUrl"/>) as
/// <c>#</c>, so no Markdown can put a <c>javascript:</c> or <c>data:</c> URL in a page. Sites that want a
/// positioned error as well check the parsed document first (the site's link check does).
/// </summary>
public sealed class SafeUrlsExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var inner = html.LinkRewriter;
        html.LinkRewriter = url =>
        {
            var rewritten = inner is null ? url : inner(url);
            return SafeUrl.IsSafe(rewritten) ? rewritten : SafeUrl.Neutralised;
        };
    }
}

/// <summary>Adds <see cref="SafeUrlsExtension"/> to a Markdig pipeline.</summary>
public static class SafeUrlsPipelineExtensions
{
    /// <summary>Neutralises unsafe link and image URLs; idempotent.</summary>
    public static MarkdownPipelineBuilder UseSafeUrls(this MarkdownPipelineBuilder builder)
    {
        builder.Extensions.AddIfNotAlready<SafeUrlsExtension>();
        return builder;
    }
}
