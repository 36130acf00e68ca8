using Markdig.Syntax.Inlines;

namespace ExplainerSite.Citations;

/// <summary>A Pandoc-style citation, <c>[@S3]</c> or <c>[@S3; @S7]</c>.</summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The keys as written, each with its 0-based column in the body line.</summary>
    public List<(string Key, int Column)> Keys { get; } = [];

    /// <summary>
    /// One mark per distinct source of <see cref="Keys"/>, filled in by <see cref="ResolveCitations"/> before rendering.
    /// </summary>
    public List<CitationMark> Marks { get; } = [];
}
