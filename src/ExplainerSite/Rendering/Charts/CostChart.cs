using System.Globalization;
using System.Text;
using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Kind <c>costs</c>: money figures that measure different things (one training run, a model's training, a fleet
/// of chips), each in a row of its own with what it covers, who says it and how firm it is, over one logarithmic
/// scale so that $5M and $1.6B both stay readable. The chart opens by saying the rows are not like for like. A
/// figure is a point (<c>amount</c>) or, for a rough figure with no exact number, a band (<c>range</c>, with the
/// note saying how it was read); the marker's shape and the printed word give its status, never colour alone.
/// </summary>
public sealed class CostChart : IChartKind
{
    public const string Label = "label";
    public const string Amount = "amount";
    public const string Range = "range";
    public const string Display = "display";
    public const string Covers = "covers";
    public const string Claimant = "claimant";
    public const string Status = "status";
    public const int MaxDecades = 8;

    private const double Width = 340;
    private const double PlotLeft = 10;
    private const double PlotRight = 330;
    private const double LineHeight = 13.5;
    private const double SmallLine = 12.5;
    private const double SmallChar = 5.5;    // 10.5 px
    private const double BoldChar = 7;       // 11.5 px bold, with room to spare

    public string Name => "costs";

    public IReadOnlyList<ChartMapping> Mappings { get; } =
    [
        new(Label, true, "the text field naming what each figure is the cost of"),
        new(Amount, false, "the number field holding a figure, in dollars"),
        new(Range, false, "an object field with numbers 'low' and 'high' (and text 'note'): the band a rough figure stands for"),
        new(Display, false, "the text field giving the figure as its claimant writes it"),
        new(Covers, false, "the text field saying what the figure covers"),
        new(Claimant, false, "the text field saying who gives the figure"),
        new(Status, true, "an enum field: how firm the figure is (reported, estimate …), one marker shape per value"),
    ];

    public void Validate(Chart chart, SiteData data, List<Diagnostic> errors)
    {
        ChartValidator.FieldOf(chart, Label, "a text field", IsText, errors);
        ChartValidator.FieldOf(chart, Amount, "a number field", t => t.Kind is FieldKind.Number or FieldKind.Integer, errors);
        var range = ChartValidator.FieldOf(chart, Range, "an object field with numbers 'low' and 'high'", t =>
            t.Kind == FieldKind.Object && t.FieldNamed("low")?.Type.Kind is FieldKind.Number or FieldKind.Integer
            && t.FieldNamed("high")?.Type.Kind is FieldKind.Number or FieldKind.Integer, errors);
        foreach (var key in new[] { Display, Covers, Claimant }) ChartValidator.FieldOf(chart, key, "a text field", IsText, errors);
        ChartValidator.FieldOf(chart, Status, "an enum field", t => t.Kind == FieldKind.Enum, errors);
        if (chart.Text(Amount) is null && chart.Text(Range) is null)
            errors.Add(ChartErrors.MissingMapping.At(chart.Record.File, chart.Record.Line, chart.Record.Column, chart.Id,
                Name, Amount, "or 'range': where each figure is drawn"));
        var records = data.RecordsOf(chart.From.Name);
        if (records.IsEmpty)
        {
            errors.Add(chart.At(ChartErrors.NothingToDraw, ChartFields.From, chart.Id, $"'{chart.From.Name}' has no records"));
            return;
        }
        var before = errors.Count;
        var noun = chart.From.Type.Record ?? "record";
        foreach (var r in records)
        {
            var amountField = chart.Text(Amount);
            var rangeField = range is null ? null : chart.Text(Range);
            var amount = amountField is null ? null : Number(r.Values[amountField]);
            var band = rangeField is null ? null : r.Values[rangeField] as DataObject;
            if (amount is null && band is null)
                errors.Add(At(ChartKindErrors.NoAmount, r.Values, null, r, noun, r.Id, amountField ?? Amount, rangeField ?? Range));
            if (amount is not null && band is not null)
                errors.Add(At(ChartKindErrors.AmountAndRange, r.Values, rangeField, r, noun, r.Id, amountField, rangeField));
            if (amount is { } a && !(a > 0))
                errors.Add(At(ChartKindErrors.NotPositive, r.Values, amountField, r, amountField, Svg.N(a), noun, r.Id));
            if (band is null) continue;
            double? low = Number(band["low"]), high = Number(band["high"]);
            foreach (var (end, value) in new[] { ("low", low), ("high", high) })
                if (value is { } v && !(v > 0))
                    errors.Add(At(ChartKindErrors.NotPositive, band, end, r, $"{rangeField}.{end}", Svg.N(v), noun, r.Id));
            if (low > 0 && high > 0 && low > high)
                errors.Add(At(ChartKindErrors.RangeReversed, band, "low", r, noun, r.Id, Svg.N(low.Value), Svg.N(high.Value)));
        }
        if (errors.Count == before && Scale(Figures(chart, data)) is var (lo, hi) && hi - lo > MaxDecades)
            errors.Add(chart.At(ChartKindErrors.TooWide, Amount, chart.Id, hi - lo, Name, MaxDecades));
    }

    private static bool IsText(FieldType t) => t.Kind is FieldKind.Text or FieldKind.Markdown or FieldKind.Enum;

    private static Diagnostic At(DiagnosticDescriptor error, DataObject o, string? field, DataRecord r, params object?[] args)
    {
        var (line, column) = field is null ? (o.Line, o.Column) : o.PositionOf(field);
        return error.At(r.File, line, column, args);
    }

    private static double? Number(object? value) => value switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    private sealed record Figure(string Label, double Low, double High, bool IsRange, string Display, string Covers,
        string Claimant, int Status, string StatusLabel, string? RangeNote);

    private static List<Figure> Figures(Chart chart, SiteData data)
    {
        var statuses = chart.Text(Status) is { } s ? FieldPaths.Resolve(chart.From.Type, s)?.Values ?? [] : [];
        var figures = new List<Figure>();
        foreach (var r in data.RecordsOf(chart.From.Name))
        {
            var v = r.Values;
            var amount = chart.Text(Amount) is { } af ? Number(v[af]) : null;
            var band = chart.Text(Range) is { } rf ? v[rf] as DataObject : null;
            double low = amount ?? Number(band?["low"]) ?? 0, high = amount ?? Number(band?["high"]) ?? 0;
            if (!(low > 0) || !(high > 0)) continue;
            var status = v.Text(chart.Text(Status) ?? "") ?? "";
            var index = Math.Max(0, statuses.Select(p => p.Key).ToList().IndexOf(status));
            var label = statuses.Count > index ? statuses[index].Value : status;
            figures.Add(new Figure(v.Text(chart.Text(Label) ?? "") ?? r.Id, low, high, amount is null,
                (chart.Text(Display) is { } d ? v.Text(d) : null) ?? Money(low) + (amount is null ? "–" + Money(high) : ""),
                chart.Text(Covers) is { } c ? v.Text(c) ?? "" : "", chart.Text(Claimant) is { } cl ? v.Text(cl) ?? "" : "",
                index, label, band?.Text("note")));
        }
        return figures;
    }

    /// <summary>The powers of ten the scale runs between: the decade below the smallest figure to the one above the
    /// largest.</summary>
    private static (int Low, int High)? Scale(List<Figure> figures)
    {
        if (figures.Count == 0) return null;
        var lo = (int)Math.Floor(Math.Log10(figures.Min(f => f.Low)) + 1e-9);
        var hi = (int)Math.Ceiling(Math.Log10(figures.Max(f => f.High)) - 1e-9);
        return (lo, Math.Max(hi, lo + 1));
    }

    public ChartDrawing Draw(Chart chart, SiteData data)
    {
        var figures = Figures(chart, data);
        var (lo, hi) = Scale(figures) ?? (0, 1);
        double X(double amount) => PlotLeft + (Math.Log10(amount) - lo) / (hi - lo) * (PlotRight - PlotLeft);
        var statuses = chart.Text(Status) is { } sf ? FieldPaths.Resolve(chart.From.Type, sf)?.Values ?? [] : [];
        var body = new StringBuilder();

        // The warning first, so that no one reads the rows as one comparison.
        var warning = Svg.Wrap("Each row measures something different. The scale (×10 per step) is shared only "
            + "to show sizes, not to compare like with like.", (int)((Width - 16) / SmallChar));
        body.Append($"<rect class=\"warn-band\" x=\"0\" y=\"0\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(24 + warning.Count * SmallLine)}\" rx=\"3\"/>");
        body.Append(Svg.Text(8, 16, "Not like for like", "warn-text"));
        for (var k = 0; k < warning.Count; k++) body.Append(Svg.Text(8, 30 + k * SmallLine, warning[k], "small"));
        var y = 24 + warning.Count * SmallLine + 18;
        body.Append("<g class=\"legend\">");
        double lx = 0;
        foreach (var (status, i) in statuses.Select((s, i) => (s, i)).Where(p => figures.Any(f => f.Status == p.i)))
        {
            var w = 16 + status.Value.Length * SmallChar + 12;
            if (lx > 0 && lx + w > Width) { lx = 0; y += 16; }
            body.Append($"<g transform=\"translate({Svg.N(lx + 5)} {Svg.N(y - 4)})\">{Svg.Marker(i, 0, 0, 4.5, $"mark st{i + 1}")}</g>");
            body.Append(Svg.Text(lx + 14, y, status.Value, "small"));
            lx += w;
        }
        body.Append("</g>");
        y += 16;
        for (var e = lo; e <= hi; e++)
            body.Append(Svg.Text(X(Math.Pow(10, e)), y, Money(Math.Pow(10, e)), "tick-label",
                $" text-anchor=\"{(e == lo ? "start" : e == hi ? "end" : "middle")}\""));
        y += 8;
        var top = y;
        var rows = new StringBuilder();
        for (var k = 0; k < figures.Count; k++)
        {
            var f = figures[k];
            if (k > 0) rows.Append($"<line class=\"row-rule\" x1=\"0\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(Width)}\" y2=\"{Svg.N(y)}\" stroke=\"currentColor\"/>");
            y += 4;
            foreach (var line in Svg.Wrap(f.Label, (int)(Width / 6.6)))
            {
                y += LineHeight;
                rows.Append(Svg.Text(0, y, line, "row-title"));
            }
            var who = f.Claimant.Length == 0 ? f.StatusLabel : $"{f.StatusLabel} · {f.Claimant}";
            foreach (var line in Svg.Wrap(who, (int)(Width / SmallChar)))
            {
                y += SmallLine;
                rows.Append(Svg.Text(0, y, line, "small"));
            }
            y += 16;
            rows.Append($"<line class=\"axis\" x1=\"{Svg.N(PlotLeft)}\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(PlotRight)}\" y2=\"{Svg.N(y)}\" stroke=\"currentColor\"/>");
            for (var e = lo; e <= hi; e++)
                rows.Append($"<line class=\"axis\" x1=\"{Svg.N(X(Math.Pow(10, e)))}\" y1=\"{Svg.N(y - 3)}\" x2=\"{Svg.N(X(Math.Pow(10, e)))}\" y2=\"{Svg.N(y + 3)}\" stroke=\"currentColor\"/>");
            double x1 = X(f.Low), x2 = X(f.High);
            if (f.IsRange)
                rows.Append($"<rect class=\"band st{f.Status + 1}\" x=\"{Svg.N(x1)}\" y=\"{Svg.N(y - 6)}\" width=\"{Svg.N(Math.Max(2, x2 - x1))}\" height=\"12\" rx=\"2\"/>");
            else
                rows.Append(Svg.Marker(f.Status, x1, y, 5.5, $"mark st{f.Status + 1}"));
            // The figure as its claimant writes it, beside the mark on whichever side has room.
            var textWidth = f.Display.Length * BoldChar;
            var right = x2 + 10 + textWidth <= Width;
            rows.Append(right ? Svg.Text(x2 + 10, y + 4, f.Display, "value")
                : Svg.Text(Math.Max(textWidth, x1 - 14), y + 4, f.Display, "value", " text-anchor=\"end\""));
            y += 8;
            var covers = f.Covers + (f.IsRange && f.RangeNote is { Length: > 0 } n ? $" (Band: {n}.)" : "");
            foreach (var line in Svg.Wrap(covers.Length == 0 ? "" : "Covers: " + covers, (int)(Width / SmallChar)))
            {
                y += SmallLine;
                rows.Append(Svg.Text(0, y, line, "small"));
            }
            y += 10;
        }
        for (var e = lo; e <= hi; e++)
            body.Append($"<line class=\"grid\" x1=\"{Svg.N(X(Math.Pow(10, e)))}\" y1=\"{Svg.N(top)}\" x2=\"{Svg.N(X(Math.Pow(10, e)))}\" y2=\"{Svg.N(y)}\" stroke=\"currentColor\"/>");
        body.Append(rows);

        var summary = $"{figures.Count} figures, one row each, on a logarithmic scale from {Money(Math.Pow(10, lo))} to "
            + $"{Money(Math.Pow(10, hi))}; they measure different things and are not comparable with one another. "
            + string.Join(" ", figures.Select(f => $"{f.Label}: {f.Display} ({f.StatusLabel.ToLowerInvariant()}"
                + (f.Claimant.Length > 0 ? $", {f.Claimant}" : "") + ")."))
            + " The table after the chart says what each covers.";
        var header = new[] { "Figure", "As stated", "Drawn at", "Covers", "Who says it", "Status" };
        var table = figures.Select(f => (IReadOnlyList<string>)[f.Label, f.Display,
            f.IsRange ? $"{Exact(f.Low)} to {Exact(f.High)}" + (f.RangeNote is { Length: > 0 } n ? $" ({n})" : "") : Exact(f.Low),
            f.Covers, f.Claimant, f.StatusLabel]).ToList();
        return new ChartDrawing(Width, Math.Ceiling(y + 2), body.ToString(), summary, header, table);
    }

    /// <summary>A tick's amount: $1K, $10M, $1B …</summary>
    public static string Money(double amount)
    {
        var (div, suffix) = amount >= 1e12 ? (1e12, "T") : amount >= 1e9 ? (1e9, "B") : amount >= 1e6 ? (1e6, "M")
            : amount >= 1e3 ? (1e3, "K") : (1, "");
        return "$" + (amount / div).ToString("0.###", CultureInfo.InvariantCulture) + suffix;
    }

    private static string Exact(double amount) => "$" + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
