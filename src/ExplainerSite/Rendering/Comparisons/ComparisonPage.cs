using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// What the <c>comparison</c> layout sees as <c>page.comparison</c>: the table, the benchmark tables (with
/// charts), the caveats and the download links. Citations are numbered in the order the page shows them,
/// after the intro's.
/// </summary>
public static class ComparisonPage
{
    public static Dictionary<string, object?> Build(string id, ComparisonDefinition definition, SiteData data, CitationNumbering numbering)
    {
        var c = ComparisonData.From(id, definition, data);
        var table = ComparisonMatrix.Build(c, numbering);
        var benchmarks = c.Benchmarks.Select(b => (object?)BenchmarkTableView.Build(b, c, data, numbering)).ToList();
        var caveats = definition.Caveats.Select(v => (object?)new Dictionary<string, object?>
        {
            ["html"] = CellHtml.Sourced(v.Text, v.Sources, numbering),
        }).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["collection"] = definition.Collection.ToString().ToLowerInvariant(),
            ["table"] = table,
            ["benchmarks"] = benchmarks,
            ["caveats"] = caveats,
            ["csvUrl"] = c.CsvUrl,
            ["jsonUrl"] = c.JsonUrl,
        };
    }

    /// <summary>Every comparison for <c>/compare/</c>, in id order, with its download links.</summary>
    public static List<object?> Index(SiteData data) =>
        [.. data.Comparisons.Select(p => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = p.Key,
            ["title"] = p.Value.Title,
            ["description"] = p.Value.Description,
            ["url"] = ComparisonData.UrlOf(p.Key),
            ["collection"] = p.Value.Collection.ToString().ToLowerInvariant(),
            ["itemCount"] = p.Value.Items.Count,
            ["csvUrl"] = "/" + ComparisonData.CsvPath(p.Key),
            ["jsonUrl"] = "/" + ComparisonData.JsonPath(p.Key),
        })];
}
