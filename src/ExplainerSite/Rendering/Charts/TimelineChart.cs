using System.Globalization;
using System.Text;
using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Kind <c>timeline</c>: the records of any collection with a date, drawn down a real (linear) time scale, one lane
/// per value of an enum field (<c>track</c>), each record labelled beside its date. Labels never overlap: one that
/// would is moved down and joined to its date by a leader line. A busy month (<c>zoom</c>) is drawn again in a second
/// panel on a wider scale, and stands in the first panel as one labelled band. A date given only as a month or a
/// year is drawn at mid-month or mid-year with a hollow marker.
/// </summary>
public sealed class TimelineChart : IChartKind
{
    public const string Date = "date";
    public const string Label = "label";
    public const string Track = "track";
    public const string Zoom = "zoom";

    private const double Width = 340;
    private const double LineHeight = 13.5;
    private const double LaneX = 50;
    private const double LaneGap = 11;
    private const double MarkerSize = 4;
    private const double CharWidth = 6.1;   // an average letter at 11.5 px of the system sans-serif fonts

    public string Name => "timeline";

    public IReadOnlyList<ChartMapping> Mappings { get; } =
    [
        new(Date, true, "the date field of each record"),
        new(Label, true, "the text field that labels each record"),
        new(Track, false, "an enum field: one lane per value, in declared order"),
        new(Zoom, false, "a month (YYYY-MM) drawn again on a wider scale"),
    ];

    public void Validate(Chart chart, SiteData data, List<Diagnostic> errors)
    {
        ChartValidator.FieldOf(chart, Date, "a date field", t => t.Kind == FieldKind.Date, errors);
        ChartValidator.FieldOf(chart, Label, "a text field", t => t.Kind is FieldKind.Text or FieldKind.Markdown, errors);
        ChartValidator.FieldOf(chart, Track, "an enum field (one value per record)", t => t.Kind == FieldKind.Enum, errors);
        if (chart.Text(Zoom) is { } zoom && Month(zoom) is null)
            errors.Add(chart.At(ChartErrors.ZoomNotAMonth, Zoom, zoom));
        if (data.RecordsOf(chart.From.Name).IsEmpty)
            errors.Add(chart.At(ChartErrors.NothingToDraw, ChartFields.From, chart.Id, $"'{chart.From.Name}' has no records"));
    }

    private sealed record TimelineEvent(DateOnly Date, bool Approximate, string DateText, string Label, int Lane);

    private sealed record TimelineItem(double Y, int Lane, bool Approximate, string Text, string Class);

    public ChartDrawing Draw(Chart chart, SiteData data)
    {
        var trackType = chart.Text(Track) is { } t ? FieldPaths.Resolve(chart.From.Type, t) : null;
        var lanes = trackType?.Values ?? [];
        var events = data.RecordsOf(chart.From.Name).Select((r, i) => (TimelineEvent: ToEvent(r, chart, lanes), Index: i))
            .Where(p => p.TimelineEvent is not null).OrderBy(p => p.TimelineEvent!.Date).ThenBy(p => p.Index).Select(p => p.TimelineEvent!).ToList();
        var laneCount = Math.Max(1, lanes.Count);
        var labelX = LaneX + (laneCount - 1) * LaneGap + 12;
        var chars = (int)((Width - labelX - 2) / CharWidth);
        var body = new StringBuilder();
        var y = Legend(body, lanes, events.Any(e => e.Approximate));

        var zoom = chart.Text(Zoom) is { } z ? Month(z) : null;
        var inZoom = (TimelineEvent e) => zoom is { } m && e.Date.Year == m.Year && e.Date.Month == m.Month;
        var zoomed = events.Where(inZoom).ToList();
        var start = new DateOnly(events[0].Date.Year, events[0].Date.Month, 1);
        var end = new DateOnly(events[^1].Date.Year, events[^1].Date.Month, 1).AddMonths(1);
        var items = events.Where(e => !inZoom(e)).Select(e => (e.Date, new TimelineItem(0, e.Lane, e.Approximate,
            $"{Short(e, true)} · {e.Label}", "label"))).ToList();
        if (zoom is { } month && zoomed.Count > 0)
            items.Add((month, new TimelineItem(0, -1, false, $"{month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}: "
                + $"{zoomed.Count} events, drawn below on a wider scale", "label zoom-label")));
        items = [.. items.OrderBy(i => i.Item1)];
        y = Panel(body, $"{Long(start)} to {Long(end.AddDays(-1))}", start, end, items, y, labelX, chars, laneCount,
            YearTicks(start, end), zoom is { } zm && zoomed.Count > 0 ? (zm, zm.AddMonths(1)) : null);
        if (zoom is { } zs && zoomed.Count > 0)
        {
            var zoomItems = zoomed.Select(e => (e.Date, new TimelineItem(0, e.Lane, e.Approximate, $"{Short(e, false)} · {e.Label}",
                "label"))).ToList();
            // The month from the week of its first event: empty weeks before it would only push the labels apart.
            var from = new DateOnly(zs.Year, zs.Month, Math.Max(1, zoomed[0].Date.Day - 1));
            var title = from.Day == 1 ? zs.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
                : $"{from.Day}–{DateTime.DaysInMonth(zs.Year, zs.Month)} {zs.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
            y = Panel(body, title, from, zs.AddMonths(1), zoomItems, y + 10, labelX, chars, laneCount,
                [.. DayTicks(zs).Where(t => t.Date >= from)], null);
        }
        var laneNames = lanes.Select(l => l.Value).ToList();
        var summary = $"{events.Count} events from {Long(events[0].Date)} to {Long(events[^1].Date)}"
            + (lanes.Count > 1 ? $", in {lanes.Count} lanes ({string.Join(", ", laneNames)})" : "")
            + (zoomed.Count > 0 ? $"; {zoomed.Count} of them, in {zoom!.Value.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}, are drawn again in a second panel on a wider scale." : ".")
            + " The table after the chart lists every event.";
        var lane = trackType?.Name is { Length: > 0 } n ? char.ToUpperInvariant(n[0]) + n[1..] : "Track";
        var header = lanes.Count > 0 ? new[] { "Date", lane, "Event" } : ["Date", "Event"];
        var rows = events.Select(e => (IReadOnlyList<string>)(lanes.Count > 0
            ? [e.DateText, lanes[e.Lane].Value, e.Label] : [e.DateText, e.Label])).ToList();
        return new ChartDrawing(Width, Math.Ceiling(y + 4), body.ToString(), summary, header, rows);
    }

    private static TimelineEvent? ToEvent(DataRecord r, Chart chart, IReadOnlyList<KeyValuePair<string, string>> lanes)
    {
        var text = r.Values.Text(chart.Text(Date) ?? "");
        if (text is null) return null;
        var lane = chart.Text(Track) is { } field ? Math.Max(0, lanes.Select(l => l.Key).ToList().IndexOf(
            r.Values.Text(field) ?? "")) : 0;
        var label = r.Values.Text(chart.Text(Label) ?? "") ?? r.Id;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return new TimelineEvent(d, false, DateText.Format(text), label, lane);
        if (Month(text) is { } m) return new TimelineEvent(m.AddDays(14), true, DateText.Format(text), label, lane);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
            return new TimelineEvent(new DateOnly(year, 7, 1), true, text, label, lane);
        return null;
    }

    private static DateOnly? Month(string text) =>
        text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var m) ? m : null;

    private static string Long(DateOnly d) => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Short(TimelineEvent e, bool withYear) => e.Approximate
        ? e.DateText
        : e.Date.ToString(withYear ? "d MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);

    private static List<(DateOnly Date, string Text)> YearTicks(DateOnly start, DateOnly end)
    {
        var ticks = new List<(DateOnly, string)> { (start, start.ToString("MMM yyyy", CultureInfo.InvariantCulture)) };
        for (var year = start.Year + 1; year <= end.Year; year++)
            if (new DateOnly(year, 1, 1) < end) ticks.Add((new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture)));
        return ticks;
    }

    private static List<(DateOnly Date, string Text)> DayTicks(DateOnly month) =>
        [.. new[] { 1, 8, 15, 22, 29 }.Where(d => d <= DateTime.DaysInMonth(month.Year, month.Month))
            .Select(d => (new DateOnly(month.Year, month.Month, d), new DateOnly(month.Year, month.Month, d)
                .ToString("d MMM", CultureInfo.InvariantCulture)))];

    /// <summary>The key: one marker per lane (shape and colour), and the hollow marker of an approximate date.</summary>
    private static double Legend(StringBuilder body, IReadOnlyList<KeyValuePair<string, string>> lanes, bool approximate)
    {
        var entries = lanes.Select((l, i) => (Marker: Svg.Marker(i, 0, 0, MarkerSize, $"mark t{i + 1}"), l.Value)).ToList();
        if (approximate) entries.Add((Svg.Marker(0, 0, 0, MarkerSize, "mark approx"), "month or year only"));
        double x = 0, y = 10;
        body.Append("<g class=\"legend\">");
        foreach (var (marker, text) in entries)
        {
            var width = 14 + text.Length * CharWidth + 14;
            if (x > 0 && x + width > Width) { x = 0; y += 18; }
            body.Append($"<g transform=\"translate({Svg.N(x + MarkerSize + 1)} {Svg.N(y - 4)})\">{marker}</g>");
            body.Append(Svg.Text(x + 14, y, text));
            x += width;
        }
        body.Append("</g>");
        return entries.Count == 0 ? 0 : y + 14;
    }

    /// <summary>
    /// Pixels per day of a panel: linear in time, and just steep enough that no label is pushed more than
    /// <see cref="Drift"/> below its date by the labels before it; no panel taller than <see cref="MaxPanel"/>.
    /// </summary>
    private static double Scale(List<(int Day, double Height)> items, int days)
    {
        var scale = 120.0 / days;
        for (var i = 0; i < items.Count; i++)
        {
            var height = 0.0;
            for (var j = i + 1; j < items.Count; j++)
            {
                height += items[j - 1].Height;
                if (items[j].Day > items[i].Day) scale = Math.Max(scale, (height - Drift) / (items[j].Day - items[i].Day));
            }
        }
        return Math.Min(scale, MaxPanel / days);
    }

    private const double Drift = 80;
    private const double MaxPanel = 1100;

    /// <summary>One panel from <paramref name="start"/> to <paramref name="end"/>: lanes, ticks, markers and labels.
    /// Returns the y below it.</summary>
    private static double Panel(StringBuilder body, string title, DateOnly start, DateOnly end,
        List<(DateOnly Date, TimelineItem TimelineItem)> items, double y, double labelX, int chars, int laneCount,
        List<(DateOnly Date, string Text)> ticks, (DateOnly From, DateOnly To)? band)
    {
        body.Append("<g class=\"panel\">");
        body.Append(Svg.Text(0, y + 12, title, "panel-title"));
        var top = y + 26;
        var days = end.DayNumber - start.DayNumber;
        var scale = Scale(items.Select(i => (i.Date.DayNumber, Svg.Wrap(i.TimelineItem.Text, chars).Count * LineHeight + 3))
            .ToList(), days);
        double At(DateOnly d) => top + (d.DayNumber - start.DayNumber) * scale;
        var laneEnd = LaneX + (laneCount - 1) * LaneGap;
        var marks = new StringBuilder();
        var bottom = top - 6.0;
        foreach (var (date, item) in items)
        {
            var at = At(date);
            var lines = Svg.Wrap(item.Text, chars);
            var blockTop = Math.Max(at - 9, bottom + 3);
            var first = blockTop + 9;
            marks.Append($"<g class=\"{(item.Lane < 0 ? "zoom-summary" : "event")}\" data-date=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">");
            if (Math.Abs(first - at) > 1.5)
            {
                var fromX = item.Lane < 0 ? laneEnd + 8 : LaneX + item.Lane * LaneGap + MarkerSize + 1;
                marks.Append($"<path class=\"leader\" d=\"M{Svg.N(fromX)} {Svg.N(at)}L{Svg.N(labelX - 10)} {Svg.N(at)}"
                    + $"L{Svg.N(labelX - 3)} {Svg.N(first - 4)}\" fill=\"none\" stroke=\"currentColor\"/>");
            }
            if (item.Lane >= 0)
                marks.Append(Svg.Marker(item.Lane, LaneX + item.Lane * LaneGap, at, MarkerSize,
                    $"mark t{item.Lane + 1}{(item.Approximate ? " approx" : "")}"));
            marks.Append($"<text class=\"{item.Class}\" x=\"{Svg.N(labelX)}\" y=\"{Svg.N(first)}\">");
            for (var k = 0; k < lines.Count; k++)
                marks.Append($"<tspan x=\"{Svg.N(labelX)}\"{(k == 0 ? "" : $" dy=\"{Svg.N(LineHeight)}\"")}>"
                    + $"{Html.Encode(lines[k])}</tspan>");
            marks.Append("</text></g>");
            bottom = blockTop + lines.Count * LineHeight;
        }
        var axisBottom = Math.Max(At(end), bottom + 4);
        if (band is { } b)
            body.Append($"<rect class=\"zoom-band\" x=\"{Svg.N(LaneX - 7)}\" y=\"{Svg.N(At(b.From))}\" width=\"{Svg.N(laneEnd - LaneX + 14)}\""
                + $" height=\"{Svg.N(Math.Max(3, At(b.To) - At(b.From)))}\" rx=\"2\"/>");
        for (var lane = 0; lane < laneCount; lane++)
            body.Append($"<line class=\"lane\" x1=\"{Svg.N(LaneX + lane * LaneGap)}\" y1=\"{Svg.N(top - 6)}\" "
                + $"x2=\"{Svg.N(LaneX + lane * LaneGap)}\" y2=\"{Svg.N(axisBottom)}\" stroke=\"currentColor\"/>");
        foreach (var (date, text) in ticks)
        {
            var ty = At(date);
            body.Append($"<line class=\"tick\" x1=\"0\" y1=\"{Svg.N(ty)}\" x2=\"{Svg.N(laneEnd + 6)}\" y2=\"{Svg.N(ty)}\" stroke=\"currentColor\"/>");
            body.Append(Svg.Text(0, ty - 2.5, text, "tick-label"));
        }
        body.Append(marks).Append("</g>");
        return axisBottom + 6;
    }
}
