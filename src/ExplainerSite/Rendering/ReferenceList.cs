using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>
/// What <c>theme/partials/references.liquid</c> writes for each reference of a page: the source's details as plain
/// text (the template encodes them), the original's address, the /sources/ entry, the preview's id and a back-link
/// to every citation of it on the page.
/// </summary>
public static class ReferenceList
{
    public static List<object?> Build(CitationNumbering numbering, IReadOnlyDictionary<string, Source> sources) =>
        [.. numbering.Sources.Select((id, i) =>
        {
            var number = i + 1;
            var source = sources.GetValueOrDefault(id);
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
                ["title"] = source?.Title ?? id,
                ["details"] = source is null ? "" : Details(source),
                ["url"] = source?.Url,
                ["archived"] = source?.Access == Access.Archived,
                ["entryUrl"] = "/sources/#" + id,
                ["previewId"] = CitationMark.PreviewId(number),
                ["citedAt"] = citedAt,
            };
        })];

    /// <summary>"Dario Amodei, darioamodei.com, 29 January 2025." — whichever of the three the source gives.</summary>
    private static string Details(Source s)
    {
        var parts = new[] { s.Author, s.Publisher, s.Date is null ? null : DateText.Format(s.Date) }
            .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? "" : string.Join(", ", parts) + ".";
    }
}
