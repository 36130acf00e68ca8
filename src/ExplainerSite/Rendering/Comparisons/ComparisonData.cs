using System.Globalization;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

public sealed record ComparedItem(string Id, string Name, string Url);

/// <summary>A row of a comparison (a column when items are rows): its label and, for a position, the full question.</summary>
public sealed record ComparedAttribute(string Id, string Label, string? Detail);

/// <summary>
/// One comparison resolved against the site data: its items, attributes and cells, its benchmark tables and
/// caveats. The page, the CSV and the JSON are all written from this, so they cannot disagree.
/// </summary>
public sealed record ComparisonData(
    string Id,
    ComparisonDefinition Definition,
    IReadOnlyList<ComparedItem> Items,
    IReadOnlyList<ComparedAttribute> Attributes,
    IReadOnlyList<IReadOnlyList<Cell>> Cells,
    IReadOnlyList<BenchmarkTable> Benchmarks)
{
    public string Url => UrlOf(Id);

    /// <summary>The address of the comparison <paramref name="id"/>: <c>/compare/ID/</c>.</summary>
    public static string UrlOf(string id) => $"/{Folder}/{id}/";

    /// <summary>The output folder of comparison pages and downloads.</summary>
    public const string Folder = "compare";
    public string CsvUrl => "/" + CsvPath(Id);
    public string JsonUrl => "/" + JsonPath(Id);

    public static string CsvPath(string id) => $"data/compare/{id}.csv";
    public static string JsonPath(string id) => $"data/compare/{id}.json";

    /// <summary>The cell of attribute <paramref name="a"/> (index in <see cref="Attributes"/>) for item <paramref name="i"/>.</summary>
    public Cell Cell(int a, int i) => Cells[a][i];

    public static ComparisonData From(string id, ComparisonDefinition definition, SiteData data)
    {
        var collection = definition.Collection;
        var folder = collection.ToString().ToLowerInvariant();
        var records = Collections.Items(data, collection).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var items = definition.Items.Where(r => records.ContainsKey(r.Id)).Select(r => records[r.Id]).ToList();
        // Unknown items and attributes are validation errors already; leaving them out keeps the build going to report them all.
        var known = Collections.Attributes(data, collection).ToHashSet(StringComparer.Ordinal);
        var attributes = definition.Rows.Where(r => known.Contains(r.Attribute.Id)).Select(r => Attribute(r, data)).ToList();
        var cells = attributes
            .Select(a => (IReadOnlyList<Cell>)[.. items.Select(i => Collections.GetCell(i.Record, a.Id))])
            .ToList();
        var tables = data.Benchmarks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        return new ComparisonData(
            id, definition,
            [.. items.Select(i => new ComparedItem(i.Id, i.Name, $"/{folder}/{i.Id}/"))],
            attributes, cells,
            [.. definition.Benchmarks.Where(b => tables.ContainsKey(b.Id)).Select(b => tables[b.Id])]);
    }

    private static ComparedAttribute Attribute(ComparisonRow row, SiteData data)
    {
        var id = row.Attribute.Id;
        if (id.StartsWith(Collections.PositionPrefix, StringComparison.Ordinal))
        {
            var question = data.Questions.FirstOrDefault(q => q.Id == id[Collections.PositionPrefix.Length..]);
            return new ComparedAttribute(id, row.Label ?? question?.Short ?? id, question?.Text);
        }
        return new ComparedAttribute(id, row.Label ?? Collections.Label(data, id), null);
    }

    /// <summary>A score as the sources print it: at least one decimal (78.0), more only when the data has them.</summary>
    public static string Score(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    /// <summary>Column indexes of the highest score of a row (several on a tie; none when the row has no scores).</summary>
    public static IReadOnlySet<int> Leaders(BenchmarkRow row)
    {
        var scores = row.Scores.Select((s, i) => (s, i)).Where(p => p.s is not null).ToList();
        if (scores.Count == 0) return new HashSet<int>();
        var best = scores.Max(p => p.s!.Value);
        return scores.Where(p => p.s!.Value == best).Select(p => p.i).ToHashSet();
    }

    /// <summary>Benchmark groups in the order readers see them; a table's rows keep their order within a group.</summary>
    public static IEnumerable<IGrouping<BenchmarkGroup, BenchmarkRow>> Groups(BenchmarkTable table) =>
        table.Rows.GroupBy(r => r.Group).OrderBy(g => g.Key);

    public static string GroupLabel(BenchmarkGroup group) => group switch
    {
        BenchmarkGroup.Chinese => "Chinese language",
        _ => group.ToString(),
    };
}
