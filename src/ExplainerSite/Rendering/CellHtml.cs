using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>A sourced value as HTML: the value, any quote, note and "as of" date, then its citation numbers.</summary>
public static class CellHtml
{
    public const string NotDisclosed = "Not disclosed";
    public const string NotCovered = "Not covered by our sources";

    public static string Render(Cell cell, CitationNumbering numbering)
    {
        if (cell.Missing) return $"<span class=\"missing\">{Html.Encode(cell.MissingText)}</span>";
        var parts = new List<string>();
        parts.Add(cell.NotDisclosed ? $"<span class=\"not-disclosed\">{NotDisclosed}</span>"
            : cell.NotCovered ? $"<span class=\"not-disclosed\">{NotCovered}</span>"
            : Html.InlineMarkdown(cell.Value ?? ""));
        if (cell.Quote is not null) parts.Add($"<q>{Html.Encode(cell.Quote)}</q>");
        if (cell.Note is not null) parts.Add($"<span class=\"note\">{Html.InlineMarkdown(cell.Note)}</span>");
        if (cell.AsOf is not null) parts.Add($"<span class=\"as-of\">As of {Html.Encode(cell.AsOf)}.</span>");
        var cites = cell.Sources.Count == 0 ? "" : CitationMarkup.Superscript(numbering, cell.Sources);
        return string.Join(" ", parts) + cites;
    }

    public static string Render(Fact fact, CitationNumbering numbering) => Render(Cell.From(fact), numbering);

    public static string Sourced(string text, IReadOnlyList<Pipework.Yaml.Ref> sources, CitationNumbering numbering) =>
        Html.InlineMarkdown(text)
        + (sources.Count == 0 ? "" : CitationMarkup.Superscript(numbering, sources.Select(s => s.Id)));
}
