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
        var columns = table.Columns.Select((m, k) => (object?)new Dictionary<string, object?>
        {
            // Printed labels such as "Claude-3.5-Sonnet-1022" may break after a hyphen on narrow screens.
            ["labelHtml"] = Html.Encode(table.ColumnLabel(k)).Replace("-", "-<wbr>", StringComparison.Ordinal),
            ["url"] = table.ColumnCollection?.Pages?.Url(m),
            ["reference"] = !items.Contains(m),
        }).ToList();
        var groups = table.Groups.Select(g => (object?)new Dictionary<string, object?>
        {
            ["id"] = g.Key.Id,
            ["label"] = g.Key.Label,
            ["rows"] = g.Select(row => (object?)Row(row)).ToList(),
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
        };
    }

    private static Dictionary<string, object?> Row(ScoreRow row)
    {
        var leaders = ComparisonData.Leaders(row);
        return new Dictionary<string, object?>
        {
            ["label"] = row.Label,
            ["detail"] = row.Detail,
            ["cells"] = row.Scores.Select((s, k) => (object?)new Dictionary<string, object?>
            {
                ["text"] = s is null ? null : ComparisonData.Score(s.Value) + row.Unit,
                ["leader"] = leaders.Contains(k),
            }).ToList(),
        };
    }
}
