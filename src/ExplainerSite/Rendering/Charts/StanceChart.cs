using System.Text;
using ExplainerSite.Model;
using Pipework.Diagnostics;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Kind <c>stances</c>: records (rows) against the records a keyed list refers to (columns: a stakeholder's
/// positions on each question), one mark per cell from an enum field of the list's items. Each value has its own
/// shape and a word under it, and an absent entry has a mark of its own (a dashed ring, "not found"), so a cell is
/// never blank and colour is never the only cue. The marks are a reading of the positions: the chart's note should
/// say whose, and the table after it gives each position's words, quote and sources.
/// </summary>
public sealed class StanceChart : IChartKind
{
    public const string Label = "label";
    public const string Positions = "positions";
    public const string Mark = "mark";

    private const double Width = 340;
    private const double NameWidth = 100;
    private const double NameChar = 5.9;     // 11 px
    private const double LineHeight = 13;
    private const double MarkSize = 6;

    public string Name => "stances";

    public IReadOnlyList<ChartMapping> Mappings { get; } =
    [
        new(Label, true, "the text field naming each row"),
        new(Positions, true, "a keyed list field (keyedBy): one column per record it refers to"),
        new(Mark, true, "an enum field of the list's items, LIST.FIELD: one mark per value"),
    ];

    public void Validate(Chart chart, SiteData data, List<Diagnostic> errors)
    {
        ChartValidator.FieldOf(chart, Label, "a text field", t => t.Kind is FieldKind.Text or FieldKind.Markdown, errors);
        var list = ChartValidator.FieldOf(chart, Positions, "a keyed list field (with keyedBy)", t => t.Keyed is not null
            && t.Item?.FieldNamed(t.Keyed.Key)?.Type.Kind == FieldKind.Ref, errors);
        ChartValidator.FieldOf(chart, Mark, "an enum field of the list's items", t => t.Kind == FieldKind.Enum, errors);
        if (list is not null && chart.Text(Mark) is { } mark && !mark.StartsWith(chart.Text(Positions) + ".", StringComparison.Ordinal))
            errors.Add(chart.At(ChartKindErrors.NotInList, Mark, mark, chart.Text(Positions), Mark, Name));
        if (data.RecordsOf(chart.From.Name).IsEmpty)
            errors.Add(chart.At(ChartErrors.NothingToDraw, ChartFields.From, chart.Id, $"'{chart.From.Name}' has no records"));
    }

    private sealed record StanceColumn(string Id, string Label, string Long);

    private sealed record StanceCell(int Value, DataObject? Item);

    public ChartDrawing Draw(Chart chart, SiteData data)
    {
        // A chart that failed its checks is reported already; it draws nothing rather than fail again.
        var listField = chart.Text(Positions) ?? "";
        var markPath = chart.Text(Mark) ?? "";
        if (chart.From.Type.FieldNamed(listField)?.Type is not { Keyed: { } keyed, Item: { } item } listType
            || !markPath.StartsWith(listField + ".", StringComparison.Ordinal)
            || item.FieldNamed(markPath[(listField.Length + 1)..])?.Type is not { Kind: FieldKind.Enum } markType)
            return new ChartDrawing(Width, 1, "", "", [], []);
        var markField = markPath[(listField.Length + 1)..];
        var values = markType.Values;
        var target = item.FieldNamed(keyed.Key)?.Type.To;
        var columns = data.RecordsOf(target).Select(q => new StanceColumn(q.Id,
            (keyed.ShortLabel is { } s ? q.Values.Text(s) : null) ?? (keyed.Label is { } l ? q.Values.Text(l) : null) ?? q.Id,
            (keyed.Label is { } ll ? q.Values.Text(ll) : null) ?? q.Id)).ToList();
        var rows = data.RecordsOf(chart.From.Name).Select(r => (Name: r.Values.Text(chart.Text(Label)!) ?? r.Id,
            Cells: columns.Select(c => CellOf(r, listField, keyed.Key, markField, c.Id, values)).ToList())).ToList();

        var body = new StringBuilder();
        var colWidth = (Width - NameWidth) / Math.Max(1, columns.Count);
        double Cx(int k) => NameWidth + colWidth * (k + 0.5);

        // The key: every mark with its word, the absent one last.
        var y = 0.0;
        body.Append("<g class=\"legend\">");
        double lx = 0;
        var entries = values.Select((v, i) => (i, v.Value)).Append((-1, keyed.MissingText)).ToList();
        y = 12;
        foreach (var (i, text) in entries)
        {
            var w = 18 + text.Length * 5.5 + 12;
            if (lx > 0 && lx + w > Width) { lx = 0; y += 17; }
            body.Append(MarkAt(i, lx + 7, y - 4, 5));
            body.Append(Svg.Text(lx + 17, y, text, "small"));
            lx += w;
        }
        body.Append("</g>");
        y += 14;

        // Column headings, wrapped into the column.
        var headLines = columns.Select(c => Svg.Wrap(c.Label, Math.Max(4, (int)(colWidth / 5.9)))).ToList();
        var headHeight = headLines.Count == 0 ? 0 : headLines.Max(h => h.Count) * 12.5;
        for (var k = 0; k < columns.Count; k++)
            for (var j = 0; j < headLines[k].Count; j++)
            {
                // A long word in the last column would run off the edge: keep it inside.
                var half = headLines[k][j].Length * 6.2 / 2;
                body.Append(Svg.Text(Math.Min(Cx(k), Width - half), y + 11 + j * 12.5, headLines[k][j], "col-head",
                    " text-anchor=\"middle\""));
            }
        y += headHeight + 6;
        foreach (var (name, cells) in rows)
        {
            body.Append($"<line class=\"row-rule\" x1=\"0\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(Width)}\" y2=\"{Svg.N(y)}\" stroke=\"currentColor\"/>");
            var lines = Svg.Wrap(name, (int)((NameWidth - 4) / NameChar));
            var height = Math.Max(lines.Count * LineHeight + 8, 38);
            var first = y + (height - lines.Count * LineHeight) / 2 + 10;
            for (var j = 0; j < lines.Count; j++)
                body.Append(Svg.Text(0, first + j * LineHeight, lines[j], "row-name"));
            for (var k = 0; k < cells.Count; k++)
            {
                var mid = y + height / 2 - 5;
                body.Append(MarkAt(cells[k].Value, Cx(k), mid, MarkSize));
                var word = cells[k].Value < 0 ? "not found" : FirstWord(values[cells[k].Value].Value);
                body.Append(Svg.Text(Cx(k), mid + MarkSize + 11, word, cells[k].Value < 0 ? "mark-word none" : "mark-word",
                    " text-anchor=\"middle\""));
            }
            y += height;
        }
        body.Append($"<line class=\"row-rule\" x1=\"0\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(Width)}\" y2=\"{Svg.N(y)}\" stroke=\"currentColor\"/>");

        var counts = values.Select((v, i) => (v.Value, Count: rows.Sum(r => r.Cells.Count(c => c.Value == i))))
            .Append((Value: keyed.MissingText, Count: rows.Sum(r => r.Cells.Count(c => c.Value < 0)))).Where(p => p.Count > 0);
        var summary = $"A grid of {rows.Count} rows by {columns.Count} columns ({string.Join("; ", columns.Select(c => c.Long))}), "
            + $"one mark per cell: {string.Join(", ", counts.Select(p => $"{p.Value} {p.Count}"))}. "
            + "Each mark has its own shape and a word under it. The table after the chart gives each position in words, with its quote and sources.";
        var header = new List<string> { chart.From.Type.Record is { } rec ? char.ToUpperInvariant(rec[0]) + rec[1..] : "Row" };
        header.AddRange(columns.Select(c => c.Long));
        var table = rows.Select(r => (IReadOnlyList<string>)[r.Name, .. r.Cells.Select(c => CellText(c, values,
            keyed))]).ToList();
        return new ChartDrawing(Width, Math.Ceiling(y + 4), body.ToString(), summary, header, table);
    }

    private static StanceCell CellOf(DataRecord r, string list, string key, string mark, string column,
        IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var item = r.Values.List(list).OfType<DataObject>().FirstOrDefault(i => i.Text(key) == column);
        if (item is null) return new StanceCell(-1, null);
        var value = item.Text(mark);
        return new StanceCell(Math.Max(0, values.Select(v => v.Key).ToList().IndexOf(value ?? "")), item);
    }

    /// <summary>The cell in words: the mark's label, then the item's own text fields (the stance, the quote) and its
    /// sources, so that the table says everything the mark stands for.</summary>
    private static string CellText(StanceCell c, IReadOnlyList<KeyValuePair<string, string>> values, KeyedList keyed)
    {
        if (c.Item is null) return keyed.MissingText;
        var text = new StringBuilder(values[c.Value].Value + " (our reading).");
        if (c.Item.Text(keyed.Value) is { Length: > 0 } stance)
            text.Append(' ').Append(stance).Append(stance[^1] is '.' or '!' or '?' or '”' or '"' ? "" : ".");
        if (keyed.Quote is { } q && c.Item.Text(q) is { Length: > 0 } quote) text.Append(" Quote: “").Append(quote).Append("”.");
        var sources = c.Item.Type.Fields.Where(f => f.Type.Kind == FieldKind.Sources).SelectMany(f => c.Item.Refs(f.Name))
            .Select(s => s.Id).ToList();
        if (sources.Count > 0) text.Append(" Sources: ").Append(string.Join(", ", sources)).Append('.');
        return text.ToString();
    }

    private static string FirstWord(string label) => label.Split(' ', 2)[0];

    /// <summary>The mark of value <paramref name="i"/> (declared order) centred on (x, y); -1 is an absent entry.
    /// Filled circle, cross, half-filled circle, hollow diamond, then the generic series shapes.</summary>
    public static string MarkAt(int i, double x, double y, double r)
    {
        string N(double v) => Svg.N(v);
        return i switch
        {
            -1 => $"<circle class=\"stance none\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r * 0.8)}\" fill=\"none\" stroke=\"currentColor\"/>",
            0 => $"<circle class=\"stance v1\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\"/>",
            1 => $"<path class=\"stance v2\" d=\"M{N(x - r)} {N(y - r)}L{N(x + r)} {N(y + r)}M{N(x + r)} {N(y - r)}L{N(x - r)} {N(y + r)}\" fill=\"none\" stroke=\"currentColor\"/>",
            2 => $"<g class=\"stance v3\"><circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"none\" stroke=\"currentColor\"/>"
                + $"<path d=\"M{N(x)} {N(y - r)}A{N(r)} {N(r)} 0 0 0 {N(x)} {N(y + r)}Z\"/></g>",
            3 => $"<path class=\"stance v4\" d=\"M{N(x)} {N(y - r * 1.15)}L{N(x + r * 1.15)} {N(y)}L{N(x)} {N(y + r * 1.15)}L{N(x - r * 1.15)} {N(y)}Z\" fill=\"none\" stroke=\"currentColor\"/>",
            _ => Svg.Marker(i, x, y, r, $"stance v{i + 1}"),
        };
    }
}
