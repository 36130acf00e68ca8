using ExplainerSite.Citations;
using Pipework.Documents;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Rendering.Pages;

/// <summary>
/// Adds to <c>page</c> what a data-driven page renders, chosen by what the page is — a list page (front matter
/// <c>list:</c>), a record's page, a comparison, the comparison index — never by its layout's name.
/// Cells and citations are already HTML.
/// </summary>
public static class LayoutData
{
    public static void Add(Dictionary<string, object?> page, Document document, SiteData data, CitationNumbering numbering)
    {
        if (document.Get<object>(SiteKeys.Front) is PageFrontMatter { List: { } list } && data.Declaration(list) is { } listed)
        {
            page["records"] = ListPages.Records(listed, data, numbering);
            // The list's downloads (list.downloads; the bibliography's own are linked by its layout).
            page["downloads"] = listed.Role == CollectionRole.Bibliography
                ? new List<object?>()
                : listed.List.Downloads.Select(f => (object?)new Dictionary<string, object?>
                {
                    ["format"] = f, ["label"] = f.ToUpperInvariant(), ["url"] = ListSettings.DownloadPath(listed.Name, f),
                }).ToList();
        }
        if (document.Get<string>(SiteKeys.Kind) == ComparisonPage.IndexKind)
            page["comparisons"] = ComparisonPage.Index(data);
        var collection = data.Declaration(document.Get<string>(SiteKeys.Collection));
        if (document.Get<DataRecord>(SiteKeys.Record) is { } record && collection is not null)
        {
            if (collection.Role == CollectionRole.Comparisons)
                page["comparison"] = ComparisonPage.Build(ComparisonData.From(record, collection, data), data, numbering);
            else
                page["record"] = RecordPages.Record(record, collection, data, numbering);
        }
    }
}
