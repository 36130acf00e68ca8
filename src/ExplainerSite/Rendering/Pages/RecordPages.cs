using ExplainerSite.Citations;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Rendering.Pages;

/// <summary>
/// The record a record page shows (<c>page.record</c>): its name, its summary as the lede, every attribute as
/// a sourced row, and the comparisons it is part of. The summary's citations are numbered first.
/// </summary>
public static class RecordPages
{
    public static Dictionary<string, object?> Record(DataRecord record, CollectionDeclaration collection, SiteData data, CitationNumbering numbering)
    {
        var pages = collection.Pages!;
        var summary = pages.Summary is { } s && collection.Type.FieldNamed(s) is { } field ? ListPages.FieldHtml(record.Values, field, numbering) : null;
        var rows = Attributes.Of(data, collection)
            .Where(a => a.Field.Name != pages.Summary)
            .Select(a => (object?)new Dictionary<string, object?>
            {
                ["attribute"] = a.Id,
                ["label"] = Attributes.Label(a),
                ["html"] = CellHtml.Render(Attributes.GetCell(record.Values, a), numbering),
            }).ToList();
        var comparisons = data.WithRole(CollectionRole.Comparisons).SelectMany(d => data.RecordsOf(d.Name))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Where(c => c.Values.Text(ComparisonFields.Collection) == collection.Name && c.Values.Refs(ComparisonFields.Items).Any(i => i.Id == record.Id))
            .Select(c => (object?)new Dictionary<string, object?> { ["title"] = c.Values.Text(ComparisonFields.Title), ["url"] = ComparisonData.UrlOf(c.Id) })
            .ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = record.Id,
            ["name"] = ComparisonData.Name(record, collection),
            ["collection"] = collection.Name,
            ["summaryHtml"] = summary,
            ["rows"] = rows,
            ["comparisons"] = comparisons,
            ["fields"] = record.Values.ToTemplate(),
        };
    }
}
