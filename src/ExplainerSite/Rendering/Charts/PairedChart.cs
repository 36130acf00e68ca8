using System.Text;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Comparisons;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Kind <c>paired</c>: two columns of a score table (a collection with <c>role: table</c>) as a dumbbell chart, one
/// row per benchmark: the two scores as two markers of different shape on one line, the values written beside the
/// row's name, the higher in bold. Rows of another scale (an enum field of the rows, <c>panel</c>: a percentile
/// against accuracy scores) get a panel and an axis of their own; every group of rows repeats its axis labels, so
/// one is always in view on a phone.
/// </summary>
public sealed class PairedChart : IChartKind
{
    public const string Table = "table";
    public const string Left = "left";
    public const string Right = "right";
    public const string Panel = "panel";

    private const double Width = 340;
    private const double PlotLeft = 8;
    private const double PlotRight = 332;
    private const double RowHeight = 31;
    private const double MarkerSize = 4.5;

    public string Name => "paired";

    public IReadOnlyList<ChartMapping> Mappings { get; } =
    [
        new(Table, true, "the id of a record of the table collection"),
        new(Left, true, "the first column drawn (an id of the table's columns)"),
        new(Right, true, "the second column drawn"),
        new(Panel, false, "an enum field of the rows (rows.FIELD): one panel and axis per value"),
    ];

    public void Validate(Chart chart, SiteData data, List<Diagnostic> errors)
    {
        if (chart.From.Role != CollectionRole.Table)
        {
            errors.Add(chart.At(ChartErrors.WrongCollection, ChartFields.From, Name, "a score table (a collection with role 'table')",
                chart.From.Name));
            return;
        }
        var panel = ChartValidator.FieldOf(chart, Panel, "an enum field of the table's rows (rows.FIELD)",
            t => t.Kind == FieldKind.Enum, errors);
        if (panel is not null && !chart.Text(Panel)!.StartsWith(ScoreTables.Rows + ".", StringComparison.Ordinal))
            errors.Add(chart.At(ChartErrors.WrongFieldType, Panel, chart.Text(Panel), chart.From.Name,
                "not a field of its rows", Panel, Name, "an enum field of the table's rows (rows.FIELD)"));
        if (data.Find(chart.From.Name, chart.Text(Table) ?? "") is not { } table) return;
        var columns = table.Values.Refs(ScoreTables.Columns).Select(c => c.Id).ToList();
        foreach (var key in new[] { Left, Right })
            if (chart.Text(key) is { } column && !columns.Contains(column))
                errors.Add(chart.At(ChartErrors.NotAColumn, key, column, chart.From.Type.Record ?? chart.From.Name, table.Id,
                    YamlBinder.Suggest(column, columns) is { } best ? $"; did you mean '{best}'?" : "", string.Join(", ", columns)));
    }

    private sealed record PairedRow(ScoreRow Row, string Panel, double? Left, double? Right);

    public ChartDrawing Draw(Chart chart, SiteData data)
    {
        var record = data.Find(chart.From.Name, chart.Text(Table)!)!;
        var table = ScoreTables.From(record, chart.From, data);
        var li = table.Columns.ToList().IndexOf(chart.Text(Left)!);
        var ri = table.Columns.ToList().IndexOf(chart.Text(Right)!);
        var (leftLabel, rightLabel) = (table.ColumnLabel(li), table.ColumnLabel(ri));
        var panelField = chart.Text(Panel)?[(ScoreTables.Rows.Length + 1)..];
        var panelType = chart.Text(Panel) is { } p ? FieldPaths.Resolve(chart.From.Type, p) : null;
        var panelValues = panelType?.Values.Select(v => v.Key).ToList() ?? [""];
        var raw = record.Values.List(ScoreTables.Rows).OfType<DataObject>().ToList();
        var pairs = table.Rows.Select((r, k) => new PairedRow(r, panelField is null ? "" : raw[k].Text(panelField) ?? "",
            r.Scores[li], r.Scores[ri])).ToList();

        var body = new StringBuilder();
        var y = Legend(body, leftLabel, rightLabel);
        var panels = pairs.GroupBy(q => q.Panel).OrderBy(g => panelValues.IndexOf(g.Key)).ToList();
        foreach (var panel in panels)
        {
            body.Append($"<g class=\"panel\" data-panel=\"{Html.Encode(panel.Key)}\">");
            if (panels.Count > 1)
            {
                var label = panelType?.Values.FirstOrDefault(v => v.Key == panel.Key).Value ?? panel.Key;
                body.Append(Svg.Text(0, y + 14, label, "panel-title"));
                y += 22;
            }
            var (lo, hi, step) = Domain(panel);
            foreach (var group in panel.GroupBy(q => (q.Row.GroupOrder, q.Row.GroupLabel)).OrderBy(g => g.Key.GroupOrder))
                y = Group(body, group.Key.GroupLabel, [.. group], lo, hi, step, y);
            body.Append("</g>");
            y += 6;
        }
        var header = new[] { table.RowNoun.Length > 0 ? Capital(table.RowNoun) : "Row", leftLabel, rightLabel, "Higher" };
        var rows = pairs.Select(q => (IReadOnlyList<string>)[RowName(q.Row, " "), Value(q.Left, q.Row), Value(q.Right, q.Row),
            Higher(q, leftLabel, rightLabel)]).ToList();
        return new ChartDrawing(Width, Math.Ceiling(y), body.ToString(), Summary(pairs, leftLabel, rightLabel, panels.Count,
            panelType), header, rows);
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string RowName(ScoreRow row, string sep) => row.Detail.Length == 0 ? row.Label
        : sep == " " ? $"{row.Label} ({row.Detail})" : $"{row.Label}{sep}{row.Detail}";

    private static string Value(double? v, ScoreRow row) => v is { } x ? ComparisonData.Score(x) + row.Unit : "not reported";

    private static string Higher(PairedRow q, string left, string right) => q.Left is null || q.Right is null ? "–"
        : q.Row.Better(q.Left, q.Right) switch { > 0 => left, < 0 => right, _ => "tie" };

    private static string Summary(List<PairedRow> pairs, string left, string right, int panels, FieldType? panelType)
    {
        var both = pairs.Where(q => q.Left is not null && q.Right is not null).ToList();
        var rightWins = both.Count(q => q.Row.Better(q.Left, q.Right) < 0);
        var leftWins = both.Count(q => q.Row.Better(q.Left, q.Right) > 0);
        var ties = both.Count - rightWins - leftWins;
        var text = $"Of the {both.Count} rows with both scores, {right} scores higher on {rightWins} and {left} on {leftWins}"
            + (ties > 0 ? $"; {ties} are tied." : ".");
        if (panels > 1 && panelType is not null)
            text += $" Rows on different scales are drawn in separate panels, each with its own axis: "
                + string.Join(", ", panelType.Values.Select(v => v.Value)) + ".";
        return text + " Each row joins the two scores with a line: a circle for " + left + ", a square for " + right
            + ". The table after the chart gives every score.";
    }

    /// <summary>The axis of a panel: the scores' range widened to round steps (at most five of them, at least two).</summary>
    private static (double Lo, double Hi, double Step) Domain(IEnumerable<PairedRow> pairs)
    {
        var values = pairs.SelectMany(q => new[] { q.Left, q.Right }).OfType<double>().ToList();
        if (values.Count == 0) return (0, 100, 25);
        var span = Math.Max(1e-9, values.Max() - values.Min());
        var step = new[] { 1.0, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000 }.FirstOrDefault(s => span / s <= 4, 1000);
        var lo = Math.Floor(values.Min() / step) * step;
        var hi = Math.Ceiling(values.Max() / step) * step;
        if (hi - lo < 2 * step) hi = lo + 2 * step;
        return (lo, hi, step);
    }

    private static double X(double v, double lo, double hi) => PlotLeft + (v - lo) / (hi - lo) * (PlotRight - PlotLeft);

    private static double Legend(StringBuilder body, string left, string right)
    {
        body.Append("<g class=\"legend\">");
        body.Append(Svg.Marker(0, MarkerSize + 1, 8, MarkerSize, "mark s1")).Append(Svg.Text(14, 12, left));
        var x = Math.Max(150, 14 + left.Length * 6.1 + 20);
        var y = 12.0;
        if (x + 14 + right.Length * 6.1 > Width) { x = 0; y += 18; }
        body.Append(Svg.Marker(1, x + MarkerSize + 1, y - 4, MarkerSize, "mark s2")).Append(Svg.Text(x + 14, y, right));
        body.Append("</g>");
        return y + 10;
    }

    /// <summary>A group of rows under its name, with the panel's axis labels above them and grid lines through them.</summary>
    private static double Group(StringBuilder body, string label, List<PairedRow> rows, double lo, double hi, double step,
        double y)
    {
        if (label.Length > 0)
        {
            body.Append(Svg.Text(0, y + 14, label, "group-title"));
            y += 18;
        }
        var ticks = Enumerable.Range(0, (int)Math.Round((hi - lo) / step) + 1).Select(t => lo + t * step).ToList();
        foreach (var t in ticks)
        {
            var anchor = t == lo ? "start" : t == hi ? "end" : "middle";
            body.Append(Svg.Text(X(t, lo, hi) + (t == lo ? -PlotLeft : t == hi ? Width - PlotRight : 0), y + 11,
                Svg.N(t), "tick-label", $" text-anchor=\"{anchor}\""));
        }
        var top = y + 15;
        y = top;
        var marks = new StringBuilder();
        foreach (var q in rows)
        {
            var lead = q.Row.Better(q.Left, q.Right) switch { > 0 => 0, < 0 => 1, _ => -1 };
            marks.Append($"<g class=\"row\" data-row=\"{Html.Encode(RowName(q.Row, " · "))}\">");
            marks.Append(Svg.Text(0, y + 11, RowName(q.Row, " · ")));
            marks.Append($"<text x=\"{Svg.N(Width)}\" y=\"{Svg.N(y + 11)}\" text-anchor=\"end\">")
                .Append(Score(q.Left, q.Row, lead == 0)).Append(" · ").Append(Score(q.Right, q.Row, lead == 1)).Append("</text>");
            var cy = y + 22;
            if (q.Left is { } l && q.Right is { } r)
                marks.Append($"<line class=\"link\" x1=\"{Svg.N(X(l, lo, hi))}\" y1=\"{Svg.N(cy)}\" x2=\"{Svg.N(X(r, lo, hi))}\" "
                    + $"y2=\"{Svg.N(cy)}\" stroke=\"currentColor\"/>");
            if (q.Left is { } a) marks.Append(Svg.Marker(0, X(a, lo, hi), cy, MarkerSize, "mark s1"));
            if (q.Right is { } b) marks.Append(Svg.Marker(1, X(b, lo, hi), cy, MarkerSize, "mark s2"));
            marks.Append("</g>");
            y += RowHeight;
        }
        foreach (var t in ticks)
            body.Append($"<line class=\"grid\" x1=\"{Svg.N(X(t, lo, hi))}\" y1=\"{Svg.N(top)}\" x2=\"{Svg.N(X(t, lo, hi))}\" "
                + $"y2=\"{Svg.N(y - 2)}\" stroke=\"currentColor\"/>");
        body.Append(marks);
        return y + 4;
    }

    private static string Score(double? v, ScoreRow row, bool lead) => v is { } x
        ? $"<tspan{(lead ? " class=\"lead\"" : "")}>{Html.Encode(ComparisonData.Score(x) + row.Unit)}</tspan>"
        : "<tspan>n/a</tspan>";
}
