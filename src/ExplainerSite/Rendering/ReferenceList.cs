using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>
/// What <c>theme/partials/references.liquid</c> writes for each reference of a page: the source's details as plain
/// text (the template encodes them), the original's address, the bibliography entry, the preview's id and a back-link
/// to every citation of it on the page.
/// </summary>
public static class ReferenceList
{
    public static List<object?> Build(CitationNumbering numbering, SiteData data) =>
        [.. numbering.Sources.Select((id, i) =>
        {
            var number = i + 1;
            var source = data.Source(id);
            var citedAt = Enumerable.Range(1, numbering.Uses(number))
                .Select(use => (object?)new Dictionary<string, object?>
                {
                    ["id"] = new CitationMark(number, use).Id,
                    ["use"] = use,
                }).ToList();
            return (object?)new Dictionary<string, object?>
            {
                ["number"] = number,
                ["id"] = id,
                ["title"] = source?.Values.Text("title") ?? id,
                ["details"] = source is null ? "" : Details(source.Values),
                ["url"] = source?.Values.Text("url"),
                ["archived"] = source?.Values.Text("access") == "archived",
                ["entryUrl"] = (data.Bibliography?.List.Url ?? "/") + "#" + id,
                ["previewId"] = CitationMark.PreviewId(number),
                ["citedAt"] = citedAt,
            };
        })];

    /// <summary>"Dario Amodei, darioamodei.com, 29 January 2025." — whichever of the three the source gives.</summary>
    private static string Details(DataObject s)
    {
        var parts = new[] { s.Text("author"), s.Text("publisher"), s.Text("date") is { } d ? DateText.Format(d) : null }
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? "" : string.Join(", ", parts) + ".";
    }
}
