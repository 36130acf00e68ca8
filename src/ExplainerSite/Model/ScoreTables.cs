namespace ExplainerSite.Model;

/// <summary>One row of a score table: its group, what it measures, one score per column (null: not reported), and
/// whether a lower score is the better one (a row's <c>better: lower</c>).</summary>
public sealed record ScoreRow(string Group, string GroupLabel, int GroupOrder, string Label, string Detail,
    IReadOnlyList<double?> Scores, string Unit, bool LowerIsBetter = false)
{
    /// <summary>Which of two scores of this row is the better: 1 for <paramref name="x"/>, -1 for
    /// <paramref name="y"/>, 0 for a tie or when either is missing. "At a glance" and the paired chart both count
    /// with it, so they cannot disagree; the table's ▲ (ComparisonData.Leaders) applies the same rule to every column.</summary>
    public int Better(double? x, double? y) =>
        x is not { } a || y is not { } b || a == b ? 0 : (a > b) != LowerIsBetter ? 1 : -1;
}

/// <summary>
/// A table of scores, one column per record of a collection, drawn as a table and a bar chart on comparison
/// pages: a record of a collection with <c>role: table</c>, or one numeric field of the compared items.
/// </summary>
public sealed record ScoreTable(
    string Id, string Title, string? Source, string? Note, IReadOnlyList<string> Columns, IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<ScoreRow> Rows, CollectionDeclaration? ColumnCollection, string RowNoun, string DetailNoun = "detail")
{
    /// <summary>The groups in declared order; rows keep their order within a group.</summary>
    public IEnumerable<IGrouping<(int Order, string Id, string Label), ScoreRow>> Groups =>
        Rows.GroupBy(r => (r.GroupOrder, r.Group, r.GroupLabel)).OrderBy(g => g.Key.GroupOrder);

    public string ColumnLabel(int k) => k < ColumnLabels.Count ? ColumnLabels[k] : Columns[k];
}

/// <summary>The fields a collection with <c>role: table</c> has (docs/content-model.md), and its records as <see
/// cref="ScoreTable"/>s.</summary>
public static class ScoreTables
{
    public const string Title = "title";
    public const string Source = "source";
    public const string Note = "note";
    public const string Columns = "columns";
    public const string ColumnLabels = "columnLabels";
    public const string Rows = "rows";
    public const string Group = "group";
    public const string Scores = "scores";
    public const string Unit = "unit";
    /// <summary>Optional: <c>lower</c> when the lowest score of the row is the best (default <c>higher</c>).</summary>
    public const string Better = "better";

    public static ScoreTable From(DataRecord record, CollectionDeclaration collection, SiteData data)
    {
        var v = record.Values;
        var groupType = collection.Type.FieldNamed(Rows)?.Type.Item?.FieldNamed(Group)?.Type;
        var columnsTo = collection.Type.FieldNamed(Columns)?.Type.Item?.To;
        var rows = v.List(Rows).OfType<DataObject>().Select(r =>
        {
            var group = r.Text(Group) ?? "";
            var order = groupType?.Values.Select(p => p.Key).ToList().IndexOf(group) ?? 0;
            var label = groupType?.Values.FirstOrDefault(p => p.Key == group).Value ?? group;
            return new ScoreRow(group, label, order, r.Text(collection.RowLabel ?? "label") ?? "",
                r.Text(collection.RowDetail ?? "detail") ?? "",
                [.. r.List(Scores).Select(s => s switch { double d => d, long l => (double?)l, _ => null })],
                    r.Text(Unit) ?? "", r.Text(Better) == "lower");
        }).ToList();
        return new ScoreTable(record.Id, v.Text(Title) ?? record.Id, v.Text(Source), v.Text(Note),
            [.. v.Refs(Columns).Select(c => c.Id)], [.. v.List(ColumnLabels).Select(l => l as string ?? "")],
            rows, data.Declaration(columnsTo), collection.RowLabel ?? "label", collection.RowDetail ?? "detail");
    }
}
