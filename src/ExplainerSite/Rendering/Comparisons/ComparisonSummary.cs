using System.Globalization;
using ExplainerSite.Model;
using Pipework.Yaml;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>A count under a summary line: how many of <see cref="Of"/> items have a value for one attribute.</summary>
public sealed record SummaryCount(string Label, int Count, int Of);

/// <summary>One "At a glance" line, computed: its kind, its Markdown text (placeholders filled), the sources it
/// cites, and, for a coverage line with gaps, the count per attribute.</summary>
public sealed record SummaryLine(string Kind, string Markdown, IReadOnlyList<string> Sources, IReadOnlyList<SummaryCount> Counts);

/// <summary>
/// A comparison's <c>summary:</c> lines computed from its data (docs/content-model.md, "At a glance"):
/// <c>leads</c> counts, over a score table's rows, which of two columns has the better score (the higher, or the
/// lower on a <c>better: lower</c> row), with ties and rows missing either score counted apart; <c>coverage</c>
/// counts the comparison's cells that have a value, per attribute; <c>note</c> is sourced text as written.
/// </summary>
public static class ComparisonSummary
{
    public const string Leads = "leads";
    public const string Coverage = "coverage";
    public const string Note = "note";

    /// <summary>The placeholders each computed kind fills, for validation and the docs.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Placeholders = new Dictionary<string, IReadOnlyList<string>>
    {
        [Leads] = ["table", "first", "second", "firstWins", "secondWins", "ties", "compared", "unscored", "rows", "firstRows", "secondRows"],
        [Coverage] = ["items", "attributes", "cells", "reported", "missing", "share", "sources"],
        [Note] = [],
    };

    public static IReadOnlyList<SummaryLine> Compute(ComparisonData c, SiteData data) =>
        [.. c.Definition.Values.List(ComparisonFields.Summary).OfType<DataObject>().Select(l => Line(l, c, data)).OfType<SummaryLine>()];

    private static SummaryLine? Line(DataObject line, ComparisonData c, SiteData data)
    {
        var text = line.Text(ComparisonFields.Text);
        switch (line.Text(ComparisonFields.Kind))
        {
            case Leads:
                var table = c.Tables.FirstOrDefault(t => t.Id == line.Text(ComparisonFields.Table));
                var columns = line.Refs(ComparisonFields.Columns);
                if (table is null || columns.Count != 2) return null;   // reported by validation
                var a = IndexOf(table, columns[0].Id);
                var b = IndexOf(table, columns[1].Id);
                if (a < 0 || b < 0) return null;
                var values = LeadValues(table, a, b, data);
                return new SummaryLine(Leads, SummaryText.Fill(text ?? DefaultLeads(values), values),
                    table.Source is null ? [] : [table.Source], []);
            case Coverage:
                var (counts, coverage) = CoverageValues(c);
                var gaps = counts.Any(k => k.Count < k.Of);
                return new SummaryLine(Coverage, SummaryText.Fill(text ?? DefaultCoverage(gaps, c.ItemsAsRows), coverage), [], gaps ? counts : []);
            case Note:
                return text is null ? null : new SummaryLine(Note, text, [.. line.Refs(ComparisonFields.Sources).Select(r => r.Id)], []);
            default:
                return null;
        }
    }

    private static int IndexOf(ScoreTable table, string column) => table.Columns.ToList().IndexOf(column);

    /// <summary>Per row with both scores: who has the better one. Rows missing either score are "unscored".</summary>
    public static Dictionary<string, string> LeadValues(ScoreTable table, int a, int b, SiteData data)
    {
        List<string> aRows = [], bRows = [];
        int ties = 0, unscored = 0;
        foreach (var row in table.Rows)
        {
            if (a >= row.Scores.Count || b >= row.Scores.Count || row.Scores[a] is not { } x || row.Scores[b] is not { } y)
            {
                unscored++;
                continue;
            }
            var label = RowLabel(table, row);
            switch (row.Better(x, y))
            {
                case 0: ties++; break;
                case > 0: aRows.Add(label); break;
                default: bRows.Add(label); break;
            }
        }
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["table"] = table.Title,
            ["first"] = ColumnName(table, a, data),
            ["second"] = ColumnName(table, b, data),
            ["firstWins"] = Count(aRows.Count),
            ["secondWins"] = Count(bRows.Count),
            ["ties"] = Count(ties),
            ["compared"] = Count(aRows.Count + bRows.Count + ties),
            ["unscored"] = Count(unscored),
            ["rows"] = Count(table.Rows.Count),
            ["firstRows"] = string.Join(", ", aRows),
            ["secondRows"] = string.Join(", ", bRows),
            [LowerKey] = table.Rows.Any(r => r.LowerIsBetter) ? "true" : "",
        };
    }

    private const string LowerKey = "\0lower";

    /// <summary>A row as a reader finds it: its label, with its detail where another row has the same label
    /// (LiveCodeBench, Pass@1 and Pass@1-COT).</summary>
    private static string RowLabel(ScoreTable table, ScoreRow row) =>
        table.Rows.Count(r => r.Label == row.Label) > 1 && row.Detail.Length > 0 ? $"{row.Label} ({row.Detail})" : row.Label;

    private static string ColumnName(ScoreTable table, int k, SiteData data) =>
        table.ColumnCollection is { } collection && data.Find(collection.Name, table.Columns[k]) is { } record
            ? ComparisonData.Name(record, collection)
            : table.ColumnLabel(k);

    /// <summary>The default sentence: the column with more wins first; ties and unscored rows only when there are any.</summary>
    private static string DefaultLeads(Dictionary<string, string> v)
    {
        var swap = Number(v["secondWins"]) > Number(v["firstWins"]);
        var (w, l) = swap ? ("second", "first") : ("first", "second");
        var verb = v[LowerKey].Length > 0 ? "scores better" : "scores higher";
        var text = $"Of the {{compared}} {Rows(Number(v["compared"]))} of {{table}} with a score for both, {{{w}}} {verb} on {{{w}Wins}} and {{{l}}} on {{{l}Wins}}";
        var ties = Number(v["ties"]);
        if (ties > 0) text += ties == 1 ? "; they tie on one" : "; they tie on {ties}";
        text += ".";
        var unscored = Number(v["unscored"]);
        if (unscored > 0) text += $" {{unscored}} {Rows(unscored)} without a score for both {(unscored == 1 ? "is" : "are")} not counted.";
        return text;
    }

    private static int Number(string n) => int.Parse(n, CultureInfo.InvariantCulture);

    private static string Rows(int n) => n == 1 ? "row" : "rows";

    /// <summary>The counts of a coverage line, and each attribute's count of items with a value.</summary>
    public static (IReadOnlyList<SummaryCount> Counts, Dictionary<string, string> Values) CoverageValues(ComparisonData c)
    {
        var counts = c.Attributes.Select((a, k) => new SummaryCount(a.Label,
            Enumerable.Range(0, c.Items.Count).Count(i => Reported(c.Cell(k, i))), c.Items.Count)).ToList();
        var cells = c.Attributes.Count * c.Items.Count;
        var reported = counts.Sum(k => k.Count);
        var sources = Enumerable.Range(0, c.Attributes.Count)
            .SelectMany(k => Enumerable.Range(0, c.Items.Count).Select(i => c.Cell(k, i)))
            .Where(Reported).SelectMany(x => x.Sources).Distinct(StringComparer.Ordinal).Count();
        return (counts, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["items"] = Count(c.Items.Count),
            ["attributes"] = Count(c.Attributes.Count),
            ["cells"] = Count(cells),
            ["reported"] = Count(reported),
            ["missing"] = Count(cells - reported),
            ["share"] = reported == cells ? $"all {Count(cells)}" : $"{Count(reported)} of the {Count(cells)}",
            ["sources"] = Count(sources),
        });
    }

    /// <summary>A cell with a value of its own: not a missing entry, not "not disclosed", not "not covered".</summary>
    public static bool Reported(Cell cell) => ComparisonMatrix.Status(cell) == "reported";

    private static string DefaultCoverage(bool gaps, bool itemsAsRows) =>
        "Of the {cells} cells below, {reported} have a cited value, from {sources} distinct sources"
        + (gaps ? itemsAsRows ? "; by column:" : "; by row:" : ".");

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
