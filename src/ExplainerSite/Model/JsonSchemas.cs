using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExplainerSite.Model;

/// <summary>
/// A JSON Schema (draft 2020-12) for the data files of each declared collection, so an editor (VS Code's YAML
/// extension, see <c>.vscode/settings.json</c>) flags unknown keys, wrong types and enum values while typing.
/// The build stays the authority: it also checks references, citations and dates.
/// </summary>
public static class JsonSchemas
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema of <paramref name="collection"/>'s file (a list of records) or of one file of its
    /// folder.</summary>
    public static string Write(CollectionDeclaration collection)
    {
        var record = Type(collection.Type);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = collection.Folder is null ? $"{collection.Name} ({collection.File})" : $"{collection.Type.Record} ({collection.Folder}/*.yml)",
            ["description"] = "Generated from input/collections.yml; see docs/content-model.md.",
        };
        if (collection.Folder is null)
        {
            root["type"] = "array";
            root["items"] = record;
        }
        else foreach (var (key, value) in record.ToList()) root[key] = value?.DeepClone();
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>The collections that have data files (front matter is not YAML files an editor opens as such).</summary>
    public static IEnumerable<CollectionDeclaration> WithFiles(IEnumerable<CollectionDeclaration> declarations) =>
        declarations.Where(d => d.File is not null || d.Folder is not null);

    private static JsonObject Type(FieldType t)
    {
        var schema = t.Kind switch
        {
            FieldKind.Number => new JsonObject { ["type"] = "number" },
            FieldKind.Integer => new JsonObject { ["type"] = "integer" },
            FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
            FieldKind.Date => new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = t.FullDate ? @"^\d{4}-\d{2}-\d{2}$" : @"^\d{4}(-\d{2}(-\d{2})?)?$",
            },
            FieldKind.Enum => new JsonObject
            {
                ["enum"] = new JsonArray([.. t.Values.Select(v => (JsonNode)JsonValue.Create(v.Key))]),
            },
            FieldKind.List => new JsonObject { ["type"] = "array", ["items"] = Item(t.Item
                ?? new FieldType { Kind = FieldKind.Text }) },
            FieldKind.Sources => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            FieldKind.Object => Object(t.Fields),
            FieldKind.Sourced => Sourced(t),
            _ => new JsonObject { ["type"] = "string" },
        };
        if (t.Label is not null) schema["title"] = t.Label;
        return schema;
    }

    /// <summary>A list item; an optional one may be null (a score the source does not print).</summary>
    private static JsonObject Item(FieldType t) =>
        t.Optional ? new JsonObject { ["anyOf"] = new JsonArray(Type(t), new JsonObject { ["type"] = "null" }) } : Type(t);

    private static JsonObject Object(IReadOnlyList<Field> fields)
    {
        var properties = new JsonObject();
        foreach (var f in fields) properties[f.Name] = Type(f.Type);
        var required = fields.Where(f => !f.Type.Optional
            && f.Type.Kind is not (FieldKind.List or FieldKind.Sources or FieldKind.Boolean))
            .Select(f => (JsonNode)JsonValue.Create(f.Name));
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. required]),
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Sourced(FieldType t) => new()
    {
        ["type"] = "object",
        ["description"] = "A sourced value: value and sources, or notDisclosed / notCovered.",
        ["properties"] = new JsonObject
        {
            ["value"] = new JsonObject { ["type"] = t.ValueKind == FieldKind.Number ? new JsonArray("string",
                "number") : "string" },
            ["note"] = new JsonObject { ["type"] = "string" },
            ["asOf"] = new JsonObject { ["type"] = "string" },
            ["notDisclosed"] = new JsonObject { ["type"] = "boolean" },
            ["notCovered"] = new JsonObject { ["type"] = "boolean" },
            ["sources"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        },
        ["additionalProperties"] = false,
    };
}
