using System.Globalization;
using System.Text;
using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Kind <c>chipline</c>: a succession of products (records in file order), each with the rules that caught it: a
/// time strip on a real scale with one marker per rule (the product's shape), then one box per product, top to
/// bottom with arrows between, saying when it came, what changed, and each rule's date, name and effect. The rules
/// are a list field of each record (<c>date: restrictions.date</c>, <c>event: restrictions.rule</c>).
/// </summary>
public sealed class ChipLineChart : IChartKind
{
    public const string Label = "label";
    public const string Date = "date";
    public const string Event = "event";
    public const string Effect = "effect";
    public const string DateText = "dateText";
    public const string Detail = "detail";
    public const string Since = "since";

    private const double Width = 340;
    private const double Pad = 8;
    private const double LineHeight = 13.5;
    private const double SmallLine = 12.5;
    private const double SmallChar = 5.5;

    public string Name => "chipline";

    public IReadOnlyList<ChartMapping> Mappings { get; } =
    [
        new(Label, true, "the text field naming each product"),
        new(Date, true, "the date field of each rule, in a list field of the record: LIST.FIELD"),
        new(Event, true, "the text field naming each rule, in the same list: LIST.FIELD"),
        new(Effect, false, "a text field of each rule: what it did to the product"),
        new(DateText, false, "a text field of each rule: its date in words, when the date alone says too little"),
        new(Detail, false, "a text or sourced field: what changed against the product before"),
        new(Since, false, "a text, date or sourced field: when the product came"),
    ];

    public void Validate(Chart chart, SiteData data, List<Diagnostic> errors)
    {
        ChartValidator.FieldOf(chart, Label, "a text field", IsText, errors);
        ChartValidator.FieldOf(chart, Date, "a date field of a list's items", t => t.Kind == FieldKind.Date, errors);
        ChartValidator.FieldOf(chart, Event, "a text field of a list's items", IsText, errors);
        ChartValidator.FieldOf(chart, Effect, "a text field of a list's items", IsText, errors);
        ChartValidator.FieldOf(chart, DateText, "a text field of a list's items", IsText, errors);
        ChartValidator.FieldOf(chart, Detail, "a text or sourced field", t => IsText(t) || t.Kind == FieldKind.Sourced, errors);
        ChartValidator.FieldOf(chart, Since, "a text, date or sourced field", t => IsText(t)
            || t.Kind is FieldKind.Sourced or FieldKind.Date, errors);
        var list = ListOf(chart.Text(Date));
        if (list is null || chart.From.Type.FieldNamed(list)?.Type is not { Kind: FieldKind.List })
        {
            errors.Add(chart.At(ChartKindErrors.NotInList, Date, chart.Text(Date), list ?? chart.Text(Date), Date, Name));
            return;
        }
        foreach (var key in new[] { Event, Effect, DateText })
            if (chart.Text(key) is { } path && ListOf(path) != list)
                errors.Add(chart.At(ChartKindErrors.NotInList, key, path, list, key, Name));
        if (data.RecordsOf(chart.From.Name).IsEmpty)
            errors.Add(chart.At(ChartErrors.NothingToDraw, ChartFields.From, chart.Id, $"'{chart.From.Name}' has no records"));
    }

    private static bool IsText(FieldType t) => t.Kind is FieldKind.Text or FieldKind.Markdown or FieldKind.Enum;

    private static string? ListOf(string? path) => path is not null && path.IndexOf('.') is > 0 and var dot ? path[..dot] : null;

    private static string Leaf(string path) => path[(path.IndexOf('.') + 1)..];

    private sealed record Rule(DateOnly Date, string When, string Name, string Effect);

    private sealed record Chip(string Name, string Since, string Detail, List<Rule> Rules);

    private static List<Chip> Chips(Chart chart, SiteData data)
    {
        // A chart that failed its checks is reported already; it draws nothing rather than fail again.
        if (ListOf(chart.Text(Date)) is not { } list || chart.Text(Event) is null || chart.Text(Label) is null) return [];
        string? Leaf(string key) => chart.Text(key) is { } p ? ChipLineChart.Leaf(p) : null;
        var chips = new List<Chip>();
        foreach (var r in data.RecordsOf(chart.From.Name))
        {
            var rules = new List<Rule>();
            foreach (var item in r.Values.List(list).OfType<DataObject>())
            {
                var text = item.Text(Leaf(Date)!) ?? "";
                if (Day(text) is not { } day) continue;
                rules.Add(new Rule(day, (Leaf(DateText) is { } w ? item.Text(w) : null) ?? Rendering.DateText.Format(text),
                    item.Text(Leaf(Event)!) ?? "", Leaf(Effect) is { } e ? item.Text(e) ?? "" : ""));
            }
            chips.Add(new Chip(r.Values.Text(chart.Text(Label)!) ?? r.Id, Value(r.Values, chart.Text(Since)),
                Value(r.Values, chart.Text(Detail)), [.. rules.OrderBy(x => x.Date)]));
        }
        return chips;
    }

    /// <summary>A field's text; a sourced value that our sources do not cover says so.</summary>
    private static string Value(DataObject values, string? field) => field is null ? "" : values[field] switch
    {
        Fact { NotCovered: true } => "not covered by our sources",
        Fact { NotDisclosed: true } => "not disclosed",
        string s when Day(s) is not null => Rendering.DateText.Format(s),
        _ => values.Text(field) ?? "",
    };

    /// <summary>A date's day; a month or a year only is drawn at its middle.</summary>
    private static DateOnly? Day(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(text + "-15", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        if (DateOnly.TryParseExact(text + "-07-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        return null;
    }

    public ChartDrawing Draw(Chart chart, SiteData data)
    {
        var chips = Chips(chart, data);
        var body = new StringBuilder();
        var dates = chips.SelectMany(c => c.Rules).Select(r => r.Date).ToList();
        var y = 0.0;
        if (dates.Count > 0) y = Strip(body, chips, dates.Min(), dates.Max());
        var chars = (int)((Width - 2 * Pad) / SmallChar);
        for (var k = 0; k < chips.Count; k++)
        {
            var c = chips[k];
            if (k > 0)
            {
                // The arrow from one product to the next.
                body.Append($"<path class=\"arrow\" d=\"M{Svg.N(Width / 2)} {Svg.N(y + 2)}V{Svg.N(y + 16)}M{Svg.N(Width / 2 - 5)} {Svg.N(y + 11)}"
                    + $"L{Svg.N(Width / 2)} {Svg.N(y + 16)}L{Svg.N(Width / 2 + 5)} {Svg.N(y + 11)}\" fill=\"none\" stroke=\"currentColor\"/>");
                y += 20;
            }
            var box = new StringBuilder();
            var top = y;
            y += 18;
            box.Append($"<g transform=\"translate({Svg.N(Pad + 5)} {Svg.N(y - 5)})\">{Svg.Marker(k, 0, 0, 5, $"mark t{k + 1}")}</g>");
            box.Append(Svg.Text(Pad + 16, y, c.Name, "row-title"));
            if (c.Since.Length > 0)
                foreach (var line in Svg.Wrap("Came: " + c.Since, chars))
                {
                    y += SmallLine;
                    box.Append(Svg.Text(Pad, y, line, "small"));
                }
            if (c.Detail.Length > 0)
                foreach (var line in Svg.Wrap(c.Detail, chars))
                {
                    y += SmallLine;
                    box.Append(Svg.Text(Pad, y, line, "small"));
                }
            foreach (var rule in c.Rules)
            {
                y += 7;
                var head = Svg.Wrap($"Caught {rule.When}: {rule.Name}", (int)((Width - 2 * Pad - 14) / 6.9));
                box.Append($"<path class=\"caught\" d=\"M{Svg.N(Pad)} {Svg.N(y + 3)}l8 8m0 -8l-8 8\" fill=\"none\" stroke=\"currentColor\"/>");
                foreach (var line in head)
                {
                    y += LineHeight;
                    box.Append(Svg.Text(Pad + 14, y, line, "rule"));
                }
                if (rule.Effect.Length > 0)
                    foreach (var line in Svg.Wrap(rule.Effect, chars - 3))
                    {
                        y += SmallLine;
                        box.Append(Svg.Text(Pad + 14, y, line, "small"));
                    }
            }
            y += 9;
            body.Append($"<rect class=\"chip-box\" x=\"0.5\" y=\"{Svg.N(top)}\" width=\"{Svg.N(Width - 1)}\" height=\"{Svg.N(y - top)}\" rx=\"4\"/>");
            body.Append(box);
        }
        var summary = $"{chips.Count} chips in the order they came, each with the rules that caught it: "
            + string.Join("; then ", chips.Select(c => c.Rules.Count == 0 ? $"{c.Name} (no rule recorded)"
                : $"{c.Name}, caught {string.Join(" and ", c.Rules.Select(r => $"{r.When} by the {r.Name}"))}"))
            + ". A time strip at the top places each rule on a scale of years; the table after the chart lists them.";
        var header = new[] { "Chip", "Came", "What changed", "Caught", "Rule", "Effect" };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var c in chips)
        {
            if (c.Rules.Count == 0) rows.Add([c.Name, c.Since, c.Detail, "", "", ""]);
            foreach (var r in c.Rules) rows.Add([c.Name, c.Since, c.Detail, r.When, r.Name, r.Effect]);
        }
        return new ChartDrawing(Width, Math.Ceiling(y + 2), body.ToString(), summary, header, rows);
    }

    /// <summary>The rules on a scale of whole years, one marker each in its product's shape, labelled by product.
    /// Returns the y below it.</summary>
    private static double Strip(StringBuilder body, List<Chip> chips, DateOnly first, DateOnly last)
    {
        var start = new DateOnly(first.Year, 1, 1);
        var end = new DateOnly(last.Year + 1, 1, 1);
        const double left = 12, right = Width - 12;
        double X(DateOnly d) => left + (d.DayNumber - start.DayNumber) / (double)(end.DayNumber - start.DayNumber) * (right - left);
        var y = 14.0 + chips.Count * 12;
        body.Append("<g class=\"strip\">");
        body.Append(Svg.Text(0, 10, "When each was caught", "panel-title"));
        body.Append($"<line class=\"axis\" x1=\"{Svg.N(left)}\" y1=\"{Svg.N(y + 8)}\" x2=\"{Svg.N(right)}\" y2=\"{Svg.N(y + 8)}\" stroke=\"currentColor\"/>");
        for (var year = start.Year; year <= end.Year; year++)
        {
            var x = X(new DateOnly(year, 1, 1));
            body.Append($"<line class=\"axis\" x1=\"{Svg.N(x)}\" y1=\"{Svg.N(y + 4)}\" x2=\"{Svg.N(x)}\" y2=\"{Svg.N(y + 12)}\" stroke=\"currentColor\"/>");
            if (year < end.Year)
                body.Append(Svg.Text((x + X(new DateOnly(year + 1, 1, 1))) / 2, y + 24, year.ToString(CultureInfo.InvariantCulture),
                    "tick-label", " text-anchor=\"middle\""));
        }
        for (var k = 0; k < chips.Count; k++)
        {
            var rules = chips[k].Rules;
            if (rules.Count == 0) continue;
            foreach (var r in rules) body.Append(Svg.Marker(k, X(r.Date), y + 8, 4.5, $"mark t{k + 1}"));
            // One label per product, on a line of its own above the axis, so labels never collide.
            var lx = X(rules[0].Date);
            var ly = 14.0 + k * 12 + 9;
            var width = chips[k].Name.Length * 6.1;
            var anchor = lx + width / 2 > Width ? "end" : lx - width / 2 < 0 ? "start" : "middle";
            body.Append($"<line class=\"leader\" x1=\"{Svg.N(lx)}\" y1=\"{Svg.N(ly + 2)}\" x2=\"{Svg.N(lx)}\" y2=\"{Svg.N(y + 3)}\" stroke=\"currentColor\"/>");
            body.Append(Svg.Text(lx, ly, chips[k].Name, "small", $" text-anchor=\"{anchor}\""));
        }
        body.Append("</g>");
        return y + 36;
    }
}
