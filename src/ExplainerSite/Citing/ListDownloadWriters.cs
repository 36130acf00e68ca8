using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExplainerSite.Model;
using Pipework.Yaml;

namespace ExplainerSite.Citing;

/// <summary>
/// A list collection's records as downloads (<c>list.downloads</c> in collections.yml), in its list page's order:
/// every declared field in declared order, a record's page address when it has one. CSV has no comment syntax a
/// spreadsheet honours, so it is a header and rows only (the page states the licence); JSON carries it.
/// </summary>
/// <param name="Title">What the list is: the title of its list page, else the collection's name.</param>
/// <param name="ListUrl">The list page's absolute address, or null when no page lists the collection.</param>
/// <param name="Absolute">Makes a site path absolute on the site's address (before the base path).</param>
public sealed record ListDownloadWriters(
    CollectionDeclaration Collection, string Title, string? ListUrl, SiteLicence? Licence,
    Func<string, string> Absolute)
{
    private IEnumerable<Field> Fields => Collection.Type.Fields;

    /// <summary>The column names: the declared fields, then <c>page</c> when records have pages.</summary>
    public IReadOnlyList<string> Header() =>
        [.. Fields.Select(f => f.Name), .. Collection.Pages is null ? Array.Empty<string>() : ["page"]];

    /// <summary>A header line and one line per record; every cell goes through <see cref="CsvField"/>.</summary>
    public string Csv(IEnumerable<DataRecord> records)
    {
        var csv = new StringBuilder(CsvField.Line(Header()));
        foreach (var record in records)
        {
            var cells = Fields.Select(f => CellText(record.Values[f.Name])).ToList();
            if (Collection.Pages is { } pages) cells.Add(Absolute(pages.Url(record.Id)));
            csv.Append(CsvField.Line(cells));
        }
        return csv.ToString();
    }

    /// <summary>An object: <c>title</c>, <c>url</c>, <c>collection</c>, <c>license</c>, <c>fields</c>,
    /// <c>records</c>; every key always present.</summary>
    public string Json(IEnumerable<DataRecord> records)
    {
        var root = new JsonObject
        {
            ["title"] = Title,
            ["url"] = ListUrl,
            ["collection"] = Collection.Name,
            ["license"] = Licence is null
                ? null
                : new JsonObject { ["name"] = Licence.Name, ["url"] = Licence.Url.Value },
            ["fields"] = new JsonArray([.. Header().Select(h => (JsonNode?)JsonValue.Create(h))]),
            ["records"] = new JsonArray([.. records.Select(r =>
            {
                var item = new JsonObject();
                foreach (var field in Fields) item[field.Name] = Node(r.Values[field.Name]);
                if (Collection.Pages is { } pages) item["page"] = Absolute(pages.Url(r.Id));
                return (JsonNode)item;
            })]),
        };
        return root.ToJsonString(CitationWriters.Json) + "\n";
    }

    /// <summary>A value as one CSV cell: a list's items joined by "; ", a sourced value by its value (or its
    /// state), a nested object as JSON text.</summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        long or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        Ref r => r.Id,
        Fact f => f.NotDisclosed ? "not disclosed" : f.NotCovered ? "not covered" : f.Value,
        IReadOnlyList<object?> list => string.Join("; ", list.Select(CellText).OfType<string>()),
        _ => Node(value)?.ToJsonString(CitationWriters.Json),
    };

    /// <summary>A value as JSON: text, numbers and booleans as such, a reference as its id, a sourced value as an
    /// object with its sources.</summary>
    public static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        Ref r => JsonValue.Create(r.Id),
        Fact f => new JsonObject
        {
            ["value"] = f.Value, ["note"] = f.Note, ["asOf"] = f.AsOf, ["notDisclosed"] = f.NotDisclosed,
            ["notCovered"] = f.NotCovered,
            ["sources"] = new JsonArray([.. f.Sources.Select(s => (JsonNode?)JsonValue.Create(s.Id))]),
        },
        IReadOnlyList<object?> list => new JsonArray([.. list.Select(Node)]),
        DataObject o => Object(o),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject Object(DataObject o)
    {
        var item = new JsonObject();
        foreach (var field in o.Type.Fields) item[field.Name] = Node(o[field.Name]);
        return item;
    }
}
