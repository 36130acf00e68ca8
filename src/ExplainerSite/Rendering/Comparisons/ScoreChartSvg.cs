using System.Globalization;
using System.Text;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// Draws a score table as an inline SVG bar chart at build time: one horizontal bar per score, grouped like
/// the table, bar length proportional to the score on a scale from 0. No script; text uses <c>currentColor</c>
/// and bars take their colours from CSS variables (dark mode, print), with the reference columns hatched and
/// each bar labelled with its value, so colour is never the only cue. The table stays the data equivalent.
/// </summary>
public static class ScoreChartSvg
{
    public const double Width = 360;
    public const double PlotWidth = 300;
    public const double BarHeight = 9;
    private const double BarGap = 4;
    private const double LegendLine = 20;
    private const double LabelHeight = 18;
    private const double RowGap = 10;
    private const double GroupHeight = 28;

    /// <summary>The top of the scale: 100 for percentages and percentiles, else the next multiple of 10 above the data.</summary>
    public static double ScaleMax(ScoreTable table)
    {
        var max = table.Rows.SelectMany(r => r.Scores).Where(s => s is not null).Select(s => s!.Value).DefaultIfEmpty(0).Max();
        return max <= 100 ? 100 : Math.Ceiling(max / 10) * 10;
    }

    public static string Render(ScoreTable table, IReadOnlySet<string> items)
    {
        var id = "chart-" + table.Id;
        var scale = ScaleMax(table);
        var labels = table.Columns.Select((_, k) => table.ColumnLabel(k)).ToList();
        var series = Series(table, items);
        var body = new StringBuilder();
        var y = labels.Count * LegendLine + 8;
        for (var k = 0; k < labels.Count; k++)
        {
            var ly = k * LegendLine;
            body.Append($"<rect class=\"{series[k]}\" x=\"0\" y=\"{N(ly + 3)}\" width=\"14\" height=\"12\"{Fill(series[k], id)}/>");
            body.Append($"<text x=\"20\" y=\"{N(ly + 13)}\" font-size=\"12.5\">{Html.Encode(labels[k])}{(items.Contains(table.Columns[k]) ? "" : " (reference)")}</text>");
        }
        var ticks = Enumerable.Range(0, 5).Select(t => scale * t / 4).ToList();
        foreach (var t in ticks)
        {
            var anchor = t == 0 ? "start" : t == scale ? "end" : "middle";
            body.Append($"<text class=\"tick\" x=\"{N(X(t, scale))}\" y=\"{N(y + 12)}\" font-size=\"10.5\" text-anchor=\"{anchor}\">{N(t)}</text>");
        }
        y += 18;
        var top = y;
        var bars = new StringBuilder();
        foreach (var group in table.Groups)
        {
            // A chart of one field has a single, unnamed group: no heading for it.
            if (group.Key.Label.Length > 0)
            {
                bars.Append($"<text class=\"group\" x=\"0\" y=\"{N(y + 19)}\" font-size=\"13.5\" font-weight=\"700\">{Html.Encode(group.Key.Label)}</text>");
                y += GroupHeight;
            }
            foreach (var row in group)
            {
                var name = row.Detail.Length == 0 ? row.Label : $"{row.Label} · {row.Detail}";
                bars.Append($"<text x=\"0\" y=\"{N(y + 13)}\" font-size=\"12.5\">{Html.Encode(name)}</text>");
                y += LabelHeight;
                var leaders = ComparisonData.Leaders(row);
                for (var k = 0; k < row.Scores.Count; k++)
                {
                    var score = row.Scores[k];
                    if (score is { } s)
                    {
                        var w = X(s, scale);
                        bars.Append($"<rect class=\"bar {series[k]}\" x=\"0\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(BarHeight)}\"{Fill(series[k], id)}");
                        bars.Append($" data-row=\"{Html.Encode(name)}\" data-column=\"{Html.Encode(table.Columns[k])}\"/>");
                        var text = ComparisonData.Score(s) + row.Unit + (leaders.Contains(k) ? " ▲" : "");
                        bars.Append($"<text class=\"value\" x=\"{N(w + 4)}\" y=\"{N(y + BarHeight - 0.5)}\" font-size=\"10.5\"{(leaders.Contains(k) ? " font-weight=\"700\"" : "")}>{text}</text>");
                    }
                    else
                    {
                        bars.Append($"<text class=\"value\" x=\"0\" y=\"{N(y + BarHeight - 0.5)}\" font-size=\"10.5\">not reported</text>");
                    }
                    y += BarHeight + BarGap;
                }
                y += RowGap;
            }
        }
        var grid = new StringBuilder();
        foreach (var t in ticks)
            grid.Append($"<line class=\"grid\" x1=\"{N(X(t, scale))}\" y1=\"{N(top)}\" x2=\"{N(X(t, scale))}\" y2=\"{N(y)}\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>");
        var height = y + 4;
        var description = Description(table, labels, items, scale);
        return $"<svg class=\"bar-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {N(Width)} {N(height)}\" width=\"{N(Width)}\" height=\"{N(height)}\" fill=\"currentColor\">"
            + $"<title id=\"{id}-title\">{Html.Encode(table.Title)}: bar chart</title><desc id=\"{id}-desc\">{Html.Encode(description)}</desc>"
            + $"<defs><pattern id=\"{id}-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"currentColor\" stroke-width=\"2\"/></pattern></defs>"
            + grid + body + bars + "</svg>";
    }

    /// <summary>The x coordinate (= bar length) of a score: proportional, from 0 at the left edge.</summary>
    public static double X(double score, double scale) => score / scale * PlotWidth;

    private static List<string> Series(ScoreTable table, IReadOnlySet<string> items)
    {
        var n = 0;
        return [.. table.Columns.Select(c => items.Contains(c) ? "s" + (++n).ToString(CultureInfo.InvariantCulture) : "ref")];
    }

    // Colours for renderers without the site's CSS; the stylesheet overrides them for light, dark and print.
    private static string Fill(string series, string id) => series switch
    {
        "s1" => " fill=\"#0b5cad\"",
        "s2" => " fill=\"#b45309\"",
        "s3" => " fill=\"#6d28d9\"",
        _ => $" fill=\"url(#{id}-hatch)\" stroke=\"currentColor\" stroke-width=\"1\"",
    };

    private static string Description(ScoreTable table, List<string> labels, IReadOnlySet<string> items, double scale)
    {
        var order = string.Join(", ", labels.Select((l, k) => items.Contains(table.Columns[k]) ? l : l + " (reference, hatched)"));
        var column = table.ColumnCollection?.Type.Record ?? "column";
        return $"Horizontal bars for the {table.Rows.Count} {table.RowNoun} scores of the table above, on a scale from 0 to {N(scale)}; "
            + $"a longer bar is a higher score. Each {table.RowNoun} has one bar per {column}, in this order: {order}. "
            + "Each bar is labelled with its score, and ▲ marks the highest score of the row. The table above gives the same numbers.";
    }

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
