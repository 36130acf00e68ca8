using System.Globalization;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

public sealed record ComparedItem(string Id, string Name, string? Url);

/// <summary>A row of a comparison (a column when items are rows): its label and, for a keyed entry, its record's full label.</summary>
public sealed record ComparedAttribute(string Id, string Label, string? Detail);

/// <summary>
/// One comparison resolved against the site data: its items, attributes and cells, its score tables, charts of
/// numeric attributes, and caveats. The page, the CSV and the JSON are all written from this, so they cannot disagree.
/// </summary>
public sealed record ComparisonData(
    string Id,
    DataRecord Definition,
    CollectionDeclaration Collection,
    IReadOnlyList<ComparedItem> Items,
    IReadOnlyList<ComparedAttribute> Attributes,
    IReadOnlyList<IReadOnlyList<Cell>> Cells,
    IReadOnlyList<ScoreTable> Tables,
    IReadOnlyList<ScoreTable> FieldCharts,
    string TablesKey)
{
    public string Url => UrlOf(Id);

    /// <summary>The address of the comparison <paramref name="id"/>: <c>/compare/ID/</c>.</summary>
    public static string UrlOf(string id) => $"/{Folder}/{id}/";

    /// <summary>The output folder of comparison pages and downloads.</summary>
    public const string Folder = "compare";
    public string CsvUrl => "/" + CsvPath(Id);
    public string JsonUrl => "/" + JsonPath(Id);
    public bool ItemsAsRows => Definition.Values.Text(ComparisonFields.ItemsAs) == "rows";

    public static string CsvPath(string id) => $"data/compare/{id}.csv";
    public static string JsonPath(string id) => $"data/compare/{id}.json";

    /// <summary>The cell of attribute <paramref name="a"/> (index in <see cref="Attributes"/>) for item <paramref name="i"/>.</summary>
    public Cell Cell(int a, int i) => Cells[a][i];

    /// <summary>Each caveat's text and the ids of its sources.</summary>
    public IEnumerable<(string Text, IReadOnlyList<Pipework.Yaml.Ref> Sources)> Caveats =>
        Definition.Values.List(ComparisonFields.Caveats).OfType<DataObject>()
            .Select(c => (c.Text(ComparisonFields.Text) ?? "", c.Refs(ComparisonFields.Sources)));

    public static ComparisonData From(DataRecord definition, CollectionDeclaration comparisons, SiteData data)
    {
        var v = definition.Values;
        var collection = data.Declaration(v.Text(ComparisonFields.Collection))
            ?? new CollectionDeclaration { Name = "", Type = new FieldType { Kind = FieldKind.Object } };
        // Unknown items and attributes are validation errors already; leaving them out keeps the build going to report them all.
        var items = v.Refs(ComparisonFields.Items).Select(r => data.Find(collection.Name, r.Id)).OfType<DataRecord>().ToList();
        var known = Model.Attributes.Of(data, collection).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var rows = v.List(ComparisonFields.Rows).OfType<DataObject>()
            .Select(r => (Row: r, Id: r.Text(ComparisonFields.Attribute) ?? ""))
            .Where(r => known.ContainsKey(r.Id)).ToList();
        var attributes = rows.Select(r =>
        {
            var (label, detail) = Model.Attributes.ComparisonLabel(known[r.Id], r.Row.Text(ComparisonFields.Label));
            return new ComparedAttribute(r.Id, label, detail);
        }).ToList();
        var cells = rows.Select(r => (IReadOnlyList<Cell>)[.. items.Select(i => Model.Attributes.GetCell(i.Values, known[r.Id]))]).ToList();
        var compared = items.Select(i => new ComparedItem(i.Id, Name(i, collection), collection.Pages?.Url(i.Id))).ToList();
        var tablesKey = comparisons.Tables ?? "tables";
        var tableCollection = data.Declaration(comparisons.Type.FieldNamed(tablesKey)?.Type.Item?.To);
        var tables = v.Refs(tablesKey).Select(r => data.Find(tableCollection?.Name, r.Id)).OfType<DataRecord>()
            .Select(t => ScoreTables.From(t, tableCollection!, data)).ToList();
        var charts = v.Refs(ComparisonFields.Charts).Where(c => known.ContainsKey(c.Id) && known[c.Id].Field.Type.IsNumeric)
            .Select(c => FieldChart(definition.Id, known[c.Id], items, compared, collection)).ToList();
        return new ComparisonData(definition.Id, definition, collection, compared, attributes, cells, tables, charts, tablesKey);
    }

    /// <summary>The name a record is shown by: its pages' title field, else <c>name</c>, else its id.</summary>
    public static string Name(DataRecord record, CollectionDeclaration collection) =>
        record.Values.Text(collection.Pages?.Title ?? "name") ?? record.Id;

    /// <summary>A numeric attribute of the items as a one-row score table, to draw as a chart.</summary>
    private static ScoreTable FieldChart(string id, AttributeInfo a, List<DataRecord> items, List<ComparedItem> compared, CollectionDeclaration collection)
    {
        var label = Model.Attributes.Label(a);
        var row = new ScoreRow("", "", 0, label, "", [.. items.Select(i => Model.Attributes.Numeric(i.Values, a.Field.Name))],
            Model.Attributes.UnitText(a.Field.Type.Unit));
        return new ScoreTable($"{id}-{a.Id}", label, null, null, [.. items.Select(i => i.Id)], [.. compared.Select(c => c.Name)],
            [row], collection, a.Field.Name);
    }

    /// <summary>A score as the sources print it: at least one decimal (78.0), more only when the data has them.</summary>
    public static string Score(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    /// <summary>Column indexes of the best score of a row, the highest or, for a <c>better: lower</c> row, the
    /// lowest (several on a tie; none when the row has no scores).</summary>
    public static IReadOnlySet<int> Leaders(ScoreRow row)
    {
        var scores = row.Scores.Select((s, i) => (s, i)).Where(p => p.s is not null).ToList();
        if (scores.Count == 0) return new HashSet<int>();
        var best = row.LowerIsBetter ? scores.Min(p => p.s!.Value) : scores.Max(p => p.s!.Value);
        return scores.Where(p => p.s!.Value == best).Select(p => p.i).ToHashSet();
    }
}
