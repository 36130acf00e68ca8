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
        var d = c.Definition.Values;
        var root = new JsonObject
        {
            ["id"] = c.Id,
            ["title"] = d.Text(ComparisonFields.Title),
            ["description"] = d.Text(ComparisonFields.Description),
            ["url"] = c.Url,
            ["collection"] = c.Collection.Name,
            ["intro"] = d.Text(ComparisonFields.Intro),
            ["items"] = Array(c.Items.Select(i => new JsonObject { ["id"] = i.Id, ["name"] = i.Name, ["url"] = i.Url })),
            ["attributes"] = Array(c.Attributes.Select(a => new JsonObject { ["id"] = a.Id, ["label"] = a.Label, [DetailKey(c)] = a.Detail })),
            ["cells"] = Array(c.Attributes.SelectMany((a, ai) => c.Items.Select((item, ii) => Cell(a.Id, item.Id, c.Cell(ai, ii))))),
            [c.TablesKey] = Array(c.Tables.Select(Table)),
            ["caveats"] = Array(c.Caveats.Select(v => new JsonObject { ["text"] = v.Text, ["sources"] = Strings(v.Sources.Select(s => s.Id)) })),
            ["sources"] = Array(ComparisonSources.Cited(c, data).Select(Source)),
            // The licence of the site's data (site.yml), null when none is given.
            ["license"] = data.Settings.Licence is { } l
                ? new JsonObject { ["name"] = l.Name, ["url"] = l.Url.Value }
                : null,
        };
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>
    /// The key of an attribute's longer label: named after the field that keys a keyed list ("question" for a
    /// stakeholder's positions), else "detail".
    /// </summary>
    private static string DetailKey(ComparisonData c) =>
        c.Collection.Type.Fields.Select(f => f.Type.Keyed?.Key).FirstOrDefault(k => k is not null) ?? "detail";

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

    private static JsonObject Table(ScoreTable t) => new()
    {
        ["id"] = t.Id,
        ["title"] = t.Title,
        ["source"] = t.Source,
        ["note"] = t.Note,
        ["columns"] = Array(t.Columns.Select((m, k) => new JsonObject
        {
            [t.ColumnCollection?.Type.Record ?? "id"] = m,
            ["label"] = k < t.ColumnLabels.Count ? t.ColumnLabels[k] : null,
        })),
        ["rows"] = Array(t.Groups.SelectMany(g => g).Select(r => new JsonObject
        {
            ["group"] = r.Group,
            [t.RowNoun] = r.Label,
            [t.DetailNoun] = r.Detail,
            ["unit"] = r.Unit,
            ["scores"] = new JsonArray([.. r.Scores.Select(s => s is null ? null : (JsonNode)JsonValue.Create(s.Value))]),
        })),
    };

    private static JsonObject Source(DataRecord s) => new()
    {
        ["id"] = s.Id,
        ["title"] = s.Values.Text("title"),
        ["author"] = s.Values.Text("author"),
        ["publisher"] = s.Values.Text("publisher"),
        ["date"] = s.Values.Text("date"),
        ["url"] = s.Values.Text("url"),
        ["access"] = s.Values.Text("access"),
    };

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
