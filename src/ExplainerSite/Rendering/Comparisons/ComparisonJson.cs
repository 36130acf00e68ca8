using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// A comparison as JSON: indented, <c>\n</c> newlines, keys in a fixed order, every key present (null when
/// there is no value), text unescaped beyond what JSON requires. The cited sources are included in full.
/// </summary>
public static class ComparisonJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // The file is served as JSON, never inlined into HTML, so quotes and apostrophes can stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ComparisonData c, SiteData data)
    {
        var d = c.Definition;
        var root = new JsonObject
        {
            ["id"] = c.Id,
            ["title"] = d.Title,
            ["description"] = d.Description,
            ["url"] = c.Url,
            ["collection"] = d.Collection.ToString().ToLowerInvariant(),
            ["intro"] = d.Intro,
            ["items"] = Array(c.Items.Select(i => new JsonObject { ["id"] = i.Id, ["name"] = i.Name, ["url"] = i.Url })),
            ["attributes"] = Array(c.Attributes.Select(a => new JsonObject { ["id"] = a.Id, ["label"] = a.Label, ["question"] = a.Detail })),
            ["cells"] = Array(c.Attributes.SelectMany((a, ai) => c.Items.Select((item, ii) => Cell(a.Id, item.Id, c.Cell(ai, ii))))),
            ["benchmarks"] = Array(c.Benchmarks.Select(Table)),
            ["caveats"] = Array(d.Caveats.Select(v => new JsonObject { ["text"] = v.Text, ["sources"] = Strings(v.Sources.Select(s => s.Id)) })),
            ["sources"] = Array(ComparisonSources.Cited(c, data).Select(Source)),
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Cell(string attribute, string item, Cell cell) => new()
    {
        ["attribute"] = attribute,
        ["item"] = item,
        ["status"] = ComparisonMatrix.Status(cell),
        ["value"] = cell.Value,
        ["quote"] = cell.Quote,
        ["note"] = cell.Note,
        ["asOf"] = cell.AsOf,
        ["sources"] = Strings(cell.Sources),
    };

    private static JsonObject Table(BenchmarkTable t) => new()
    {
        ["id"] = t.Id,
        ["title"] = t.Title,
        ["source"] = t.Source.Id,
        ["note"] = t.Note,
        ["columns"] = Array(t.Columns.Select((m, k) => new JsonObject
        {
            ["model"] = m.Id,
            ["label"] = k < t.ColumnLabels.Count ? t.ColumnLabels[k] : null,
        })),
        ["rows"] = Array(ComparisonData.Groups(t).SelectMany(g => g).Select(r => new JsonObject
        {
            ["group"] = r.Group.ToString().ToLowerInvariant(),
            ["benchmark"] = r.Benchmark,
            ["metric"] = r.Metric,
            ["unit"] = r.Unit,
            ["scores"] = new JsonArray([.. r.Scores.Select(s => s is null ? null : (JsonNode)JsonValue.Create(s.Value))]),
        })),
    };

    private static JsonObject Source(Source s) => new()
    {
        ["id"] = s.Id,
        ["title"] = s.Title,
        ["author"] = s.Author,
        ["publisher"] = s.Publisher,
        ["date"] = s.Date,
        ["url"] = s.Url,
        ["access"] = s.Access.ToString().ToLowerInvariant(),
    };

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
