using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// A benchmark table as the layout renders it: the columns as printed (those not among the comparison's items
/// marked as reference columns), the rows grouped, each row's highest score flagged, the source cited.
/// </summary>
public static class BenchmarkTableView
{
    public static Dictionary<string, object?> Build(BenchmarkTable table, ComparisonData c, SiteData data, CitationNumbering numbering)
    {
        var items = c.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var source = data.SourceById.GetValueOrDefault(table.Source.Id);
        // The caption and the note each cite the table's source: two citations, each with its own anchor.
        var cite = CitationMarkup.Superscript(numbering, [table.Source.Id]);
        var noteCite = table.Note is null ? "" : CitationMarkup.Superscript(numbering, [table.Source.Id]);
        var columns = table.Columns.Select((m, k) => (object?)new Dictionary<string, object?>
        {
            // Printed labels such as "Claude-3.5-Sonnet-1022" may break after a hyphen on narrow screens.
            ["labelHtml"] = Html.Encode(k < table.ColumnLabels.Count ? table.ColumnLabels[k] : m.Id).Replace("-", "-<wbr>", StringComparison.Ordinal),
            ["url"] = $"/models/{m.Id}/",
            ["reference"] = !items.Contains(m.Id),
        }).ToList();
        var groups = ComparisonData.Groups(table).Select(g => (object?)new Dictionary<string, object?>
        {
            ["id"] = g.Key.ToString().ToLowerInvariant(),
            ["label"] = ComparisonData.GroupLabel(g.Key),
            ["rows"] = g.Select(row => (object?)Row(row)).ToList(),
        }).ToList();
        var charted = c.Definition.Charts.Any(r => r.Id == table.Id);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = table.Id,
            ["title"] = table.Title,
            ["sourceHtml"] = (source is null ? Html.Encode(table.Source.Id) : $"<cite>{Html.Encode(source.Title)}</cite>") + cite,
            ["noteHtml"] = table.Note is null ? null : Html.InlineMarkdown(table.Note) + noteCite,
            ["columns"] = columns,
            ["groups"] = groups,
            ["chartHtml"] = charted ? BenchmarkChartSvg.Render(table, items) : null,
        };
    }

    private static Dictionary<string, object?> Row(BenchmarkRow row)
    {
        var leaders = ComparisonData.Leaders(row);
        return new Dictionary<string, object?>
        {
            ["benchmark"] = row.Benchmark,
            ["metric"] = row.Metric,
            ["cells"] = row.Scores.Select((s, k) => (object?)new Dictionary<string, object?>
            {
                ["text"] = s is null ? null : ComparisonData.Score(s.Value) + row.Unit,
                ["leader"] = leaders.Contains(k),
            }).ToList(),
        };
    }
}
