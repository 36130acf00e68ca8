using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ExplainerSite.Citations;

/// <summary>Renders a citation as superscript reference numbers, each opening a preview of its source.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation) =>
        renderer.Write(CitationMarkup.Superscript(citation.Marks));
}

/// <summary>The one place citation markup is written, for Markdown bodies and data cells alike.</summary>
public static class CitationMarkup
{
    /// <summary>Cites each source once, in order, and writes the marks (data cells rendered with the page).</summary>
    public static string Superscript(CitationNumbering numbering, IEnumerable<string> sourceIds)
    {
        var marks = new List<CitationMark>();
        foreach (var id in sourceIds)
        {
            if (marks.Exists(m => m.Number == numbering.Number(id))) continue;
            marks.Add(numbering.Cite(id));
        }
        return Superscript(marks);
    }

    /// <summary>
    /// Each number is a button that opens its source's preview (the HTML <c>popover</c> attribute: no script), and
    /// carries the id the reference list links back to.
    /// </summary>
    public static string Superscript(IEnumerable<CitationMark> marks)
    {
        var buttons = marks.Select(m =>
        {
            var n = m.Number.ToString(CultureInfo.InvariantCulture);
            var preview = CitationMark.PreviewId(m.Number);
            return $"<button type=\"button\" class=\"cite-ref\" id=\"{m.Id}\" popovertarget=\"{preview}\" " +
                $"aria-label=\"Source {n}\">[{n}]</button>";
        });
        // Each number carries its own brackets ("[3][7]"), so brackets and number sit together in one target.
        // Kept out of the search index: "[3]" in the middle of a sentence would cut the excerpts readers see.
        return $"<sup class=\"cite\" data-pagefind-ignore>{string.Concat(buttons)}</sup>";
    }
}
