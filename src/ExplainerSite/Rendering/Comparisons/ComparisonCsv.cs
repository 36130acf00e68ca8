using System.Text;
using Pipework.Feeds;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// A comparison as one CSV table in long form, one line per value: RFC 4180 fields (quoted when they hold a
/// comma, quote or line break; quotes doubled; formula-like cells prefixed with ' — see CsvCell), a header line, UTF-8 without BOM, and — like every file the
/// site writes — records ended by <c>\n</c>, not RFC 4180's CRLF (spreadsheets and CSV libraries read both).
/// Sections: <c>comparison</c> (a cell: row = attribute, column = item), one named after a score table's row
/// field (a score: row = the row's label, column = the table's column record; "benchmark" on this site),
/// <c>caveat</c>, and <c>source</c> (row = id, row_label = title, value = URL,
/// note = author, publisher and date, status = original or archived).
/// </summary>
public static class ComparisonCsv
{
    public static readonly string[] Header =
        ["section", "table", "group", "row", "row_label", "column", "column_label", "value", "unit", "status", "note", "as_of", "quote", "sources"];

    public static string Write(ComparisonData c, SiteData data)
    {
        var lines = new List<string?[]>();
        for (var a = 0; a < c.Attributes.Count; a++)
        {
            for (var i = 0; i < c.Items.Count; i++)
            {
                var cell = c.Cell(a, i);
                lines.Add(["comparison", null, null, c.Attributes[a].Id, c.Attributes[a].Label, c.Items[i].Id, c.Items[i].Name,
                    cell.Value, null, ComparisonMatrix.Status(cell), cell.Note, cell.AsOf, cell.Quote, Ids(cell.Sources)]);
            }
        }
        foreach (var table in c.Tables)
        {
            foreach (var group in table.Groups)
            {
                foreach (var row in group)
                {
                    for (var k = 0; k < table.Columns.Count && k < row.Scores.Count; k++)
                    {
                        var score = row.Scores[k];
                        lines.Add([table.RowNoun, table.Id, group.Key.Id, row.Label, row.Detail,
                            table.Columns[k], k < table.ColumnLabels.Count ? table.ColumnLabels[k] : null,
                            score is null ? null : ComparisonData.Score(score.Value), row.Unit,
                            score is null ? "notReported" : "reported", null, null, null, table.Source]);
                    }
                }
            }
        }
        var v = 0;
        foreach (var caveat in c.Caveats)
        {
            lines.Add(["caveat", null, null, (++v).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, null,
                caveat.Text, null, null, null, null, null, Ids([.. caveat.Sources.Select(s => s.Id)])]);
        }
        foreach (var source in ComparisonSources.Cited(c, data))
        {
            var s = source.Values;
            var details = string.Join(", ", new[] { s.Text("author"), s.Text("publisher"), s.Text("date") }.Where(p => !string.IsNullOrWhiteSpace(p)));
            lines.Add(["source", null, null, source.Id, s.Text("title"), null, null, s.Text("url"), null, s.Text("access"),
                details.Length == 0 ? null : details, null, null, null]);
        }
        var csv = new StringBuilder();
        csv.Append(Line(Header));
        foreach (var line in lines) csv.Append(Line(line));
        return csv.ToString();
    }

    private static string Ids(IReadOnlyList<string> ids) => string.Join("; ", ids);

    private static string Line(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\n";

    /// <summary>One cell, written by the engine's <see cref="CsvCell"/> (quoting and formula neutralising).</summary>
    public static string Field(string? value) => CsvCell.Write(value);
}
