using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// A score table as the layout renders it: the columns as printed (those not among the comparison's items
/// marked as reference columns), the rows grouped, each row's highest score flagged, the source cited.
/// </summary>
public static class ScoreTableView
{
    public static Dictionary<string, object?> Build(ScoreTable table, ComparisonData c, SiteData data, CitationNumbering numbering)
    {
        var items = c.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var source = table.Source is null ? null : data.Source(table.Source);
        // The caption and the note each cite the table's source: two citations, each with its own anchor.
        var cite = table.Source is null ? "" : CitationMarkup.Superscript(numbering, [table.Source]);
        var noteCite = table.Note is null || table.Source is null ? "" : CitationMarkup.Superscript(numbering, [table.Source]);
        var order = ColumnOrder(table, c);
        var columns = order.Select(k => (Id: table.Columns[k], K: k)).Select(p => (object?)new Dictionary<string, object?>
        {
            // Printed labels such as "Claude-3.5-Sonnet-1022" may break after a hyphen on narrow screens.
            ["labelHtml"] = Html.Encode(table.ColumnLabel(p.K)).Replace("-", "-<wbr>", StringComparison.Ordinal),
            ["url"] = table.ColumnCollection?.Pages?.Url(p.Id),
            ["reference"] = !items.Contains(p.Id),
        }).ToList();
        var groups = table.Groups.Select(g => (object?)new Dictionary<string, object?>
        {
            ["id"] = g.Key.Id,
            ["label"] = g.Key.Label,
            ["rows"] = g.Select(row => (object?)Row(row, order)).ToList(),
        }).ToList();
        var charted = c.Definition.Values.Refs(ComparisonFields.Charts).Any(r => r.Id == table.Id);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = table.Id,
            ["title"] = table.Title,
            ["sourceHtml"] = (source is null ? Html.Encode(table.Source) : $"<cite>{Html.Encode(source.Values.Text("title"))}</cite>") + cite,
            ["noteHtml"] = table.Note is null ? null : Html.InlineMarkdown(table.Note) + noteCite,
            ["columns"] = columns,
            ["groups"] = groups,
            ["chartHtml"] = charted ? ScoreChartSvg.Render(table, items) : null,
            ["lowerRows"] = table.Rows.Any(r => r.LowerIsBetter),
        };
    }

    /// <summary>
    /// The order the columns are shown in: the comparison's own items first, in the comparison's order, so the
    /// models compared stand side by side; then the table's other (reference) columns as printed.
    /// </summary>
    public static IReadOnlyList<int> ColumnOrder(ScoreTable table, ComparisonData c)
    {
        var compared = c.Items.Select(i => table.Columns.ToList().IndexOf(i.Id)).Where(k => k >= 0);
        var rest = Enumerable.Range(0, table.Columns.Count).Where(k => !c.Items.Any(i => i.Id == table.Columns[k]));
        return [.. compared, .. rest];
    }

    private static Dictionary<string, object?> Row(ScoreRow row, IReadOnlyList<int> order)
    {
        var leaders = ComparisonData.Leaders(row);
        return new Dictionary<string, object?>
        {
            ["label"] = row.Label,
            ["detail"] = row.LowerIsBetter ? (row.Detail.Length > 0 ? row.Detail + ", " : "") + "lower is better" : row.Detail,
            ["cells"] = order.Select(k => (object?)new Dictionary<string, object?>
            {
                ["text"] = k >= row.Scores.Count || row.Scores[k] is not { } s ? null : ComparisonData.Score(s) + row.Unit,
                ["leader"] = leaders.Contains(k),
            }).ToList(),
        };
    }
}
