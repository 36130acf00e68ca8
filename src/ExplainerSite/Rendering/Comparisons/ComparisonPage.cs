using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// What the <c>comparison</c> layout sees as <c>page.comparison</c>: the table, the score tables (with
/// charts), charts of numeric attributes, the "At a glance" summary, the caveats and the download links. Citations
/// are numbered in the order the page shows them (summary, caveats, tables), after the intro's.
/// </summary>
public static class ComparisonPage
{
    /// <summary>The kind (and layout) of the page listing every comparison, <c>/compare/</c>.</summary>
    public const string IndexKind = "compare-index";

    public static Dictionary<string, object?> Build(ComparisonData c, SiteData data, CitationNumbering numbering)
    {
        // Numbered in the order the layout shows them: the summary, the caveats, then the tables.
        var summary = ComparisonSummary.Compute(c, data).Select(l => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = l.Kind,
            ["html"] = Html.InlineMarkdown(l.Markdown)
                + (l.Sources.Count == 0 ? "" : CitationMarkup.Superscript(numbering, l.Sources)),
            ["counts"] = l.Counts.Select(k => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["label"] = k.Label, ["count"] = k.Count, ["of"] = k.Of,
            }).ToList(),
        }).ToList();
        var caveats = c.Caveats.Select(v => (object?)new Dictionary<string, object?>
        {
            ["html"] = CellHtml.Sourced(v.Text, v.Sources, numbering),
        }).ToList();
        var table = ComparisonMatrix.Build(c, numbering);
        var tables = c.Tables.Select(b => (object?)ScoreTableView.Build(b, c, data, numbering)).ToList();
        var items = c.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var charts = c.FieldCharts.Select(t => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = "chart-" + t.Id,
            ["title"] = t.Title,
            ["chartHtml"] = ScoreChartSvg.Render(t, items),
            ["figureHtml"] = null,
        }).ToList();
        // Charts of input/charts.yml named in 'charts:' (a table's id or a numeric attribute keeps its bar chart).
        var named = Charts.Chart.All(data);
        var shown = c.Tables.Select(t => t.Id).Concat(c.FieldCharts.Select(t => t.RowNoun)).ToHashSet(StringComparer.Ordinal);
        foreach (var r in c.Definition.Values.Refs(ComparisonFields.Charts).Where(r => !shown.Contains(r.Id)))
            if (named.TryGetValue(r.Id, out var chart))
                charts.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["id"] = chart.HtmlId,
                    ["title"] = chart.Title,
                    ["chartHtml"] = null,
                    ["figureHtml"] = Charts.ChartFigure.Render(chart, data, id => CitationMarkup.Superscript(numbering, [id])),
                });
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = c.Id,
            ["collection"] = c.Collection.Name,
            ["summary"] = summary,
            ["table"] = table,
            ["tables"] = tables,
            ["charts"] = charts,
            ["caveats"] = caveats,
            ["csvUrl"] = c.CsvUrl,
            ["jsonUrl"] = c.JsonUrl,
        };
    }

    /// <summary>Every comparison for <c>/compare/</c>, in id order, with its download links.</summary>
    public static List<object?> Index(SiteData data) =>
        [.. data.WithRole(CollectionRole.Comparisons).SelectMany(d => data.RecordsOf(d.Name))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = r.Id,
                ["title"] = r.Values.Text(ComparisonFields.Title),
                ["description"] = r.Values.Text(ComparisonFields.Description),
                ["url"] = ComparisonData.UrlOf(r.Id),
                ["collection"] = r.Values.Text(ComparisonFields.Collection),
                ["itemCount"] = r.Values.Refs(ComparisonFields.Items).Count,
                ["csvUrl"] = "/" + ComparisonData.CsvPath(r.Id),
                ["jsonUrl"] = "/" + ComparisonData.JsonPath(r.Id),
            })];
}
