using System.Globalization;
using ExplainerSite.Citations;
using Pipework.Content.SafeUrls;
using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// Binds a YAML file to the records of a declared collection: every value checked against its field type
/// (unknown keys with a "did you mean", missing keys, wrong types, enum values, dates, URLs), every problem at
/// its line and column, all reported together. References are resolved later, once every collection is bound.
/// </summary>
public sealed class RecordBinder(string file, List<Diagnostic> errors)
{
    /// <summary>The records of <paramref name="text"/>, a file of <paramref name="collection"/>; none when it has
    /// errors.</summary>
    public static IReadOnlyList<DataRecord> Bind(CollectionDeclaration collection, string text, string file,
        List<Diagnostic> errors)
    {
        var root = YamlNodeReader.Read(text, file) ?? throw EngineErrors.EmptyFile.Exception(file, 1, 1);
        var before = errors.Count;
        var binder = new RecordBinder(file, errors);
        var records = new List<DataRecord>();
        if (collection.Folder is not null)
        {
            if (binder.Bind(root, collection.Type, collection.Type.Record!) is DataObject o)
                records.Add(new DataRecord(Path.GetFileNameWithoutExtension(file), file, o));
        }
        else if (root is YamlSequence seq)
        {
            foreach (var item in seq.Items)
                if (binder.Bind(item, collection.Type, collection.Type.Record!) is DataObject o)
                    records.Add(new DataRecord(collection.Id.Length == 0
                        ? (records.Count + 1).ToString(CultureInfo.InvariantCulture)
                        : o.Text(collection.Id) ?? "", file, o));
        }
        else errors.Add(BindingErrors.WrongType.At(file, root.Line, root.Column, "a list", root.Found));
        return errors.Count == before ? records : [];
    }

    /// <summary>The bound value of <paramref name="node"/>; <paramref name="name"/> names it in messages.</summary>
    public object? Bind(YamlNode node, FieldType type, string name)
    {
        if (node is YamlScalar { IsNull: true }) return Absent(type);
        switch (type.Kind)
        {
            case FieldKind.Object: return Object(node, type, type.Record ?? name);
            case FieldKind.Sourced: return Sourced(node, type);
            case FieldKind.List:
            case FieldKind.Sources:
                if (node is not YamlSequence seq) return Wrong(node, type);
                var item = type.Kind == FieldKind.Sources ? new FieldType { Kind = FieldKind.Source } : type.Item
                    ?? new FieldType { Kind = FieldKind.Text };
                return seq.Items.Select(i => i is YamlScalar { IsNull: true } ? null : Bind(i, item, name)).ToList();
        }
        if (node is not YamlScalar s) return Wrong(node, type);
        var v = s.Value;
        switch (type.Kind)
        {
            case FieldKind.Integer:
                return s.Plain && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var l) ? l : Wrong(node, type);
            case FieldKind.Number:
                return s.Plain && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                    : Wrong(node, type);
            case FieldKind.Boolean:
                return s.Plain && v is "true" or "True" or "TRUE" ? true : s.Plain
                    && v is "false" or "False" or "FALSE" ? false : Wrong(node, type);
            case FieldKind.Enum:
                return Enum(s, type, name);
            case FieldKind.Ref or FieldKind.Source:
                return new Ref(v.Trim().TrimStart('@'), s.Line, s.Column);
            case FieldKind.Collection or FieldKind.Attribute or FieldKind.Field:
                return new Ref(v.Trim(), s.Line, s.Column);
            case FieldKind.Date:
                if (!IsDate(v, type.FullDate))
                    errors.Add(DateError(file, s.Line, s.Column, v, type.FullDate));
                return v;
            case FieldKind.Url:
                if (!SafeUrl.IsSafe(v)) errors.Add(SiteErrors.InsecureLink.At(file, s.Line, s.Column, v));
                return v;
            default:
                return v;
        }
    }

    /// <summary>
    /// ES2006 for a value that is not a date: a YYYY-MM-DD that names no day (2026-02-30) says so, as the form is
    /// right; anything else is told the form to write.
    /// </summary>
    private static Diagnostic DateError(string file, int line, int column, string value, bool full)
    {
        var shape = System.Text.RegularExpressions.Regex.Match(value, @"^(\d{4})-(\d{2})-(\d{2})$");
        var year = shape.Success ? int.Parse(shape.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var month = shape.Success ? int.Parse(shape.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (year >= 1 && month is >= 1 and <= 12)
            return SiteErrors.DateDoesNotExist.At(file, line, column, value,
                CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month), year, DateTime.DaysInMonth(year, month));
        return SiteErrors.InvalidDate.At(file, line, column, value, full ? "" : " (or YYYY-MM, or YYYY)");
    }

    /// <summary>A full date, or (unless <paramref name="full"/>) a month or a year.</summary>
    public static bool IsDate(string value, bool full) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (!full && (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out _)
                      || DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture,
                          DateTimeStyles.None, out _)));

    private static object? Absent(FieldType type) => type.Default ?? type.Kind switch
    {
        FieldKind.List or FieldKind.Sources => new List<object?>(),
        FieldKind.Boolean => false,
        _ => null,
    };

    private static bool Required(FieldType type) =>
        !type.Optional && type.Kind is not (FieldKind.List or FieldKind.Sources or FieldKind.Boolean);

    private object? Wrong(YamlNode node, FieldType type)
    {
        var wrong = BindingErrors.WrongType.At(file, node.Line, node.Column, type.Describe(), node.Found);
        // A number or a yes/no gets advice about that value, not the general one about quoting.
        errors.Add(BindingErrors.WrongTypeHint(type.Describe()) is { } hint ? wrong with { Hint = hint } : wrong);
        return Absent(type);
    }

    private string? Enum(YamlScalar s, FieldType type, string name)
    {
        var text = s.Value.Trim();
        foreach (var (value, _) in type.Values)
            if (string.Equals(value, text, StringComparison.OrdinalIgnoreCase)) return value;
        var allowed = type.Values.Select(v => v.Key).ToList();
        var best = YamlBinder.Suggest(text, allowed);
        errors.Add(BindingErrors.InvalidEnumValue.At(file, s.Line, s.Column, text, type.Name ?? name, string.Join(", ",
            allowed),
            best is null ? "" : $" (did you mean '{best}'?)"));
        return null;
    }

    private DataObject? Object(YamlNode node, FieldType type, string record)
    {
        if (node is not YamlMapping map) return (DataObject?)Wrong(node, type);
        var result = new DataObject(type, map.Line, map.Column);
        foreach (var (key, value) in map.Entries)
        {
            if (type.FieldNamed(key.Value) is not { } field)
            {
                var best = YamlBinder.Suggest(key.Value, type.Fields.Select(f => f.Name));
                errors.Add(BindingErrors.UnknownKey.At(file, key.Line, key.Column, key.Value, record, best is null
                    ? "" : $"; did you mean '{best}'?"));
                continue;
            }
            result[field.Name] = Bind(value, field.Type, field.Name);
            result.SetNode(field.Name, value);
        }
        foreach (var field in type.Fields)
        {
            if (result[field.Name] is not null) continue;
            if (Required(field.Type) && map[field.Name] is null or YamlScalar { IsNull: true })
                errors.Add(BindingErrors.MissingKey.At(file, map.Line, map.Column, field.Name, record));
            else if (map[field.Name] is null) result[field.Name] = Absent(field.Type);
        }
        return result;
    }

    private static readonly FieldType FactType = new()
    {
        Kind = FieldKind.Object, Record = "fact",
        Fields =
        [
            new("value", new FieldType { Kind = FieldKind.Text, Optional = true }),
            new("note", new FieldType { Kind = FieldKind.Markdown, Optional = true }),
            new("asOf", new FieldType { Kind = FieldKind.Text, Optional = true }),
            new("notDisclosed", new FieldType { Kind = FieldKind.Boolean }),
            new("notCovered", new FieldType { Kind = FieldKind.Boolean }),
            new("sources", new FieldType { Kind = FieldKind.Sources }),
        ],
    };

    private Fact? Sourced(YamlNode node, FieldType type)
    {
        if (Object(node, FactType, "fact") is not { } o) return null;
        if (type.ValueKind == FieldKind.Number && (node as YamlMapping)?["value"] is YamlScalar { IsNull: false } v
            && !double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            errors.Add(BindingErrors.WrongType.At(file, v.Line, v.Column, "a number", v.Found) with { Hint = BindingErrors.WrongTypeHint("a number") });
        return new Fact
        {
            Value = o.Text("value"), Note = o.Text("note"), AsOf = o.Text("asOf"),
            NotDisclosed = o["notDisclosed"] is true, NotCovered = o["notCovered"] is true,
            Sources = o.Refs("sources"), Line = o.Line, Column = o.Column,
        };
    }
}
