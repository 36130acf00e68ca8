using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ExplainerSite.Terms;

/// <summary>Renders a term's first use as a button opening its definition (<see cref="TermMarkup"/>).</summary>
public sealed class HtmlTermRenderer : HtmlObjectRenderer<TermInline>
{
    protected override void Write(HtmlRenderer renderer, TermInline term) =>
        renderer.Write(TermMarkup.For(term.Text, term.Entry));
}

/// <summary>
/// The markup of a linked term: the words themselves are a button that opens a preview of the definition (the HTML
/// <c>popover</c> attribute: no script), and the preview links to the entry. The preview follows its button inside
/// the sentence (phrasing content only), so a keyboard or screen-reader user meets it right after the words; it is
/// kept out of the search index, which would otherwise cut the sentence's excerpt with the definition.
/// </summary>
public static class TermMarkup
{
    public static string For(string text, TermEntry entry)
    {
        var id = Rendering.Html.Encode(entry.PreviewId);
        var term = Rendering.Html.Encode(entry.Term);
        var words = Rendering.Html.Encode(text);
        var url = Rendering.Html.Encode(entry.Url);
        return $"<button type=\"button\" class=\"term-ref\" popovertarget=\"{id}\">{words}</button>"
            + $"<span class=\"term-preview\" id=\"{id}\" popover data-pagefind-ignore>"
            + $"<span class=\"term-preview-title\"><dfn>{term}</dfn></span> "
            + $"<span class=\"term-preview-text\">{entry.DefinitionHtml}</span> "
            + $"<span class=\"term-preview-links\"><a href=\"{url}\">{term} in the glossary</a></span> "
            + $"<button type=\"button\" class=\"term-preview-close\" popovertarget=\"{id}\" "
            + "popovertargetaction=\"hide\">Close</button></span>";
    }
}
