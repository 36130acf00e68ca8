using ExplainerSite.Citations;
using ExplainerSite.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExplainerSite.Rendering.Charts.Markdown;

/// <summary>
/// A chart placed in Markdown: a fenced block with the info string <c>chart</c> whose first line is a chart id.
/// <see cref="ResolveCharts"/> finds the chart and gives the block one citation per source as its inline content,
/// so the page numbers them in reading order like any other citation; the renderer writes the figure.
/// </summary>
public sealed class ChartBlock(Markdig.Parsers.BlockParser? parser) : LeafBlock(parser)
{
    /// <summary>The id as written, and its 0-based line and column in the body.</summary>
    public string ChartId { get; init; } = "";
    public int IdLine { get; init; }
    public int IdColumn { get; init; }

    /// <summary>Set by <see cref="ResolveCharts"/>: the chart, the data it draws, and one citation per source.</summary>
    public Chart? Chart { get; set; }
    public SiteData? Data { get; set; }
    public Dictionary<string, CitationInline> Citations { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the citations as the block's inlines, in source order.</summary>
    public void Cite(IEnumerable<string> sourceIds)
    {
        Inline = new ContainerInline();
        foreach (var id in sourceIds.Distinct(StringComparer.Ordinal))
        {
            var citation = new CitationInline { Line = Line };
            citation.Keys.Add((id, IdColumn));
            Citations[id] = citation;
            Inline.AppendChild(citation);
        }
    }
}
