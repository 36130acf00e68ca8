using Markdig;
using Pipework.Content.SafeUrls;
using Pipework.Content.Tables;
using Markdig.Extensions.AutoIdentifiers;

namespace Pipework.Content;

/// <summary>The Markdown dialect of the engine, built once and shared by every render.</summary>
public static class MarkdownPipelines
{
    /// <summary>
    /// CommonMark plus tables, footnotes and GitHub-style heading ids (which keep non-Latin text). Raw HTML is
    /// escaped, not passed through: editors cannot add scripts, styles or event handlers to a page. Generic
    /// attributes (<c>{onclick=…}</c>) are deliberately not enabled for the same reason. Link and image URLs
    /// with a scheme other than http, https or mailto (<c>javascript:</c>, <c>data:</c> …) render as <c>#</c>
    /// (<see cref="SafeUrls.SafeUrlsExtension"/>). Table alignment is written as classes, not inline styles, which a
    /// strict Content-Security-Policy blocks (<see cref="AlignmentClassesExtension"/>).
    /// </summary>
    public static MarkdownPipelineBuilder CreateBuilder()
    {
        var builder = new MarkdownPipelineBuilder();
        // GitHub ids must be registered before anything else adds the default auto-identifier extension.
        builder.UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseAlignmentClasses()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseAutoLinks()
            .UseListExtras()
            .UseTaskLists()
            .UseFigures()
            .UseMediaLinks()
            .UseSafeUrls()
            .DisableHtml();
        return builder;
    }
}
