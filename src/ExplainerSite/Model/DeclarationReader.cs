using System.Globalization;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary>
/// Reads <c>input/collections.yml</c> into <see cref="CollectionDeclaration"/>s. Every problem is reported at
/// its line and column, all of them at once; declarations that are wrong are left out so the rest still bind.
/// </summary>
public sealed class DeclarationReader(string file, List<Diagnostic> errors)
{
    public const string FileName = "collections.yml";

    private static readonly Dictionary<string, FieldKind> Kinds = Enum.GetValues<FieldKind>()
        .ToDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.Ordinal);

    private static readonly string[] CollectionKeys =
        ["file", "folder", "record", "id", "idPattern", "role", "noun", "pages", "list", "tables", "rowLabel",
            "rowDetail", "terms", "fields"];
    private static readonly string[] FieldKeys =
        ["type", "optional", "default", "unit", "full", "values", "name", "to", "item", "record", "fields", "value",
         "keyedBy", "cell", "missing", "label", "shortLabel", "attribute"];

    public static IReadOnlyList<CollectionDeclaration> Read(string text, string file, List<Diagnostic> errors)
    {
        var root = YamlNodeReader.Read(text, file);
        if (root is null) return [];
        var reader = new DeclarationReader(file, errors);
        if (root is not YamlMapping map)
        {
            errors.Add(BindingErrors.WrongType.At(file, root.Line, root.Column, "a set of 'name: declaration' lines",
                root.Found));
            return [];
        }
        var list = new List<CollectionDeclaration>();
        foreach (var (key, value) in map.Entries)
            if (reader.Collection(key, value) is { } declaration) list.Add(declaration);
        return list;
    }

    private CollectionDeclaration? Collection(YamlScalar name, YamlNode node)
    {
        if (Mapping(node, "collection declaration", CollectionKeys) is not { } map) return null;
        var before = errors.Count;
        var fieldsNode = map["fields"];
        if (fieldsNode is null)
        {
            errors.Add(BindingErrors.MissingKey.At(file, map.Line, map.Column, "fields", "collection declaration"));
            return null;
        }
        var record = Text(map["record"]) ?? name.Value;
        var type = new FieldType
        {
            Kind = FieldKind.Object, Record = record, Fields = Fields(fieldsNode), Line = map.Line, Column = map.Column,
        };
        var pages = map["pages"] is { } p && Mapping(p, "pages", ["permalink", "layout", "title", "description",
            "summary"]) is { } pm
            ? new PageSettings(Text(pm["permalink"]) ?? $"/{name.Value}/:id/", Text(pm["layout"]) ?? record,
                Text(pm["title"]) ?? "name", Text(pm["description"]), Text(pm["summary"]))
            : null;
        var list = map["list"] is { } l && Mapping(l, "list", ["sort", "show", "url", "downloads"]) is { } lm
            ? new ListSettings
            {
                Sort = Strings(lm["sort"]), Show = Strings(lm["show"]), Url = Text(lm["url"]),
                Downloads = Formats(lm["downloads"]),
            }
            : new ListSettings();
        if (list.Downloads.Count > 0 && !System.Text.RegularExpressions.Regex.IsMatch(name.Value, "^[A-Za-z0-9][A-Za-z0-9_-]*$"))
            errors.Add(DeclarationErrors.DownloadName.At(file, name.Line, name.Column, name.Value));
        var terms = map["terms"] is { } tn && Mapping(tn, "terms", ["term", "matches", "definition"]) is { } tm
            ? new TermSettings(Text(tm["term"]) ?? "term", Text(tm["matches"]), Text(tm["definition"]) ?? "definition",
                tn.Line, tn.Column)
            : null;
        var role = CollectionRole.None;
        if (map["role"] is YamlScalar r && !Enum.TryParse(r.Value, ignoreCase: true, out role))
        {
            var allowed = new[] { "bibliography", "table", "comparisons", "articles", "pages", "charts" };
            errors.Add(BindingErrors.InvalidEnumValue.At(file, r.Line, r.Column, r.Value, "role", string.Join(", ", allowed),
                YamlBinder.Suggest(r.Value, allowed) is { } best ? $" (did you mean '{best}'?)" : ""));
        }
        var pattern = Text(map["idPattern"]) ?? CollectionDeclaration.DefaultIdPattern;
        try { _ = new System.Text.RegularExpressions.Regex(pattern); }
        catch (ArgumentException ex)
        {
            errors.Add(DeclarationErrors.BadPattern.At(file, map["idPattern"]!.Line, map["idPattern"]!.Column, pattern,
                ex.Message));
        }
        var declaration = new CollectionDeclaration
        {
            Name = name.Value, File = Text(map["file"]), Folder = Text(map["folder"])?.TrimEnd('/'), Type = type,
            Id = Text(map["id"]) ?? (map["folder"] is null
                && role is not (CollectionRole.Articles or CollectionRole.Pages) ? "id" : ""), IdPattern = pattern,
                Role = role,
            Noun = Text(map["noun"]), Pages = pages, List = list, Tables = Text(map["tables"]),
            RowLabel = Text(map["rowLabel"]), RowDetail = Text(map["rowDetail"]), Terms = terms, Line = name.Line,
            Column = name.Column,
        };
        // Markdown documents are read by their own pipelines; their declaration only types the front matter.
        if (role is not (CollectionRole.Articles or CollectionRole.Pages)
            && (declaration.File is null) == (declaration.Folder is null))
            errors.Add(DeclarationErrors.FileOrFolder.At(file, name.Line, name.Column, name.Value));
        return errors.Count == before ? declaration : null;
    }

    private List<Field> Fields(YamlNode node)
    {
        if (Mapping(node, "fields", null) is not { } map) return [];
        return [.. map.Entries.Select(e => new Field(e.Key.Value, FieldSpec(e.Value, e.Key.Value)))];
    }

    private FieldType FieldSpec(YamlNode node, string name)
    {
        if (node is YamlScalar s) return new FieldType { Kind = Kind(s), Line = s.Line, Column = s.Column };
        if (Mapping(node, "field declaration", FieldKeys) is not { } map) return new FieldType { Kind = FieldKind.Text };
        var kind = map["type"] is { } t ? Kind(t) : map["fields"] is not null ? FieldKind.Object : Missing(map, "type");
        var values = map["values"] switch
        {
            YamlSequence seq => seq.Items.Select(i => Text(i) ?? "").Select(v => new KeyValuePair<string, string>(v,
                v)).ToList(),
            YamlMapping m => m.Entries.Select(e => new KeyValuePair<string, string>(e.Key.Value, Text(e.Value)
                ?? e.Key.Value)).ToList(),
            _ => [],
        };
        KeyedList? keyed = null;
        if (map["keyedBy"] is YamlScalar key)
        {
            var cell = map["cell"] as YamlMapping;
            var missing = map["missing"] as YamlMapping;
            keyed = new KeyedList(key.Value, Text(cell?["value"]) ?? "value", Text(cell?["quote"]), Text(map["label"]),
                Text(map["shortLabel"]), Text(missing?["text"]) ?? "Missing", Text(missing?["status"]) ?? "missing");
        }
        var item = map["item"] is { } i ? FieldSpec(i, name) : null;
        var type = new FieldType
        {
            Kind = kind,
            Optional = Bool(map["optional"]) ?? map["default"] is not null,
            Unit = Text(map["unit"]),
            FullDate = Bool(map["full"]) ?? false,
            Values = values,
            Name = Text(map["name"]),
            To = Text(map["to"]),
            Item = item,
            Record = Text(map["record"]) ?? name,
            Fields = map["fields"] is { } f ? Fields(f) : [],
            ValueKind = map["value"] is { } v && kind == FieldKind.Sourced ? Kind(v) : FieldKind.Text,
            Keyed = keyed,
            Label = keyed is null ? Text(map["label"]) : null,
            Attribute = Bool(map["attribute"]),
            Line = map.Line,
            Column = map.Column,
        };
        return map["default"] is YamlScalar d ? WithDefault(type, d) : type;
    }

    private static FieldType WithDefault(FieldType type, YamlScalar d) => new()
    {
        Kind = type.Kind, Optional = true, Unit = type.Unit, FullDate = type.FullDate, Values = type.Values,
            Name = type.Name,
        To = type.To, Item = type.Item, Record = type.Record, Fields = type.Fields, ValueKind = type.ValueKind,
            Keyed = type.Keyed,
        Label = type.Label, Attribute = type.Attribute, Line = type.Line, Column = type.Column,
        Default = type.Kind switch
        {
            FieldKind.Integer when long.TryParse(d.Value, CultureInfo.InvariantCulture, out var n) => n,
            FieldKind.Number when double.TryParse(d.Value, CultureInfo.InvariantCulture, out var x) => x,
            FieldKind.Boolean => d.Value == "true",
            _ => d.Value,
        },
    };

    private FieldKind Kind(YamlNode node)
    {
        if (node is YamlScalar s && Kinds.TryGetValue(s.Value, out var kind)) return kind;
        var text = (node as YamlScalar)?.Value ?? node.Found;
        var best = YamlBinder.Suggest(text, Kinds.Keys);
        errors.Add(DeclarationErrors.UnknownFieldType.At(file, node.Line, node.Column, text, best is null ? ""
            : $"; did you mean '{best}'?"));
        return FieldKind.Text;
    }

    private FieldKind Missing(YamlMapping map, string key)
    {
        errors.Add(BindingErrors.MissingKey.At(file, map.Line, map.Column, key, "field declaration"));
        return FieldKind.Text;
    }

    private YamlMapping? Mapping(YamlNode node, string what, IReadOnlyList<string>? allowed)
    {
        if (node is not YamlMapping map)
        {
            errors.Add(BindingErrors.WrongType.At(file, node.Line, node.Column,
                $"a {what} (a set of 'key: value' lines)", node.Found));
            return null;
        }
        if (allowed is null) return map;
        foreach (var (key, _) in map.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            var best = YamlBinder.Suggest(key.Value, allowed);
            errors.Add(BindingErrors.UnknownKey.At(file, key.Line, key.Column, key.Value, what, best is null ? ""
                : $"; did you mean '{best}'?"));
        }
        return map;
    }

    private string? Text(YamlNode? node)
    {
        if (node is null or YamlScalar { IsNull: true }) return null;
        if (node is YamlScalar s) return s.Value;
        errors.Add(BindingErrors.WrongType.At(file, node.Line, node.Column, "text", node.Found));
        return null;
    }

    private bool? Bool(YamlNode? node) => Text(node) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => Fail(node!, other),
    };

    private bool? Fail(YamlNode node, string value)
    {
        errors.Add(BindingErrors.WrongType.At(file, node.Line, node.Column, "true or false", $"'{value}'"));
        return null;
    }

    /// <summary>A list's download formats: each one of <see cref="ListSettings.DownloadFormats"/>, once.</summary>
    private IReadOnlyList<string> Formats(YamlNode? node)
    {
        var formats = new List<string>();
        foreach (var item in node is YamlSequence seq ? seq.Items : node is null ? [] : [node])
        {
            if (Text(item) is not { } format) continue;
            var allowed = ListSettings.DownloadFormats;
            if (!allowed.Contains(format))
                errors.Add(BindingErrors.InvalidEnumValue.At(file, item.Line, item.Column, format, "download format",
                    string.Join(", ", allowed), YamlBinder.Suggest(format, allowed) is { } best
                        ? $" (did you mean '{best}'?)" : ""));
            else if (!formats.Contains(format)) formats.Add(format);
        }
        return formats;
    }

    private IReadOnlyList<string> Strings(YamlNode? node) => node switch
    {
        null => [],
        YamlSequence seq => [.. seq.Items.Select(Text).OfType<string>()],
        _ => Text(node) is { } one ? [one] : [],
    };
}
