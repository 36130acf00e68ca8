using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ExplainerSite.Citations;

/// <summary>Renders a citation as superscript reference numbers linking to the page's reference list.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation) =>
        renderer.Write(CitationMarkup.Superscript(citation.Numbers));
}

/// <summary>The one place citation markup is written, for Markdown bodies and data cells alike.</summary>
public static class CitationMarkup
{
    public static string Superscript(IEnumerable<int> numbers)
    {
        var links = numbers.Distinct().Select(n =>
        {
            var s = n.ToString(CultureInfo.InvariantCulture);
            return $"<a href=\"#ref-{s}\" aria-label=\"Source {s}\">{s}</a>";
        });
        // Kept out of the search index: "[3]" in the middle of a sentence would cut the excerpts readers see.
        return $"<sup class=\"cite\" data-pagefind-ignore>[{string.Join(", ", links)}]</sup>";
    }
}
