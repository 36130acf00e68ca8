using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary>The kinds of value a declared field can hold (docs/content-model.md describes each).</summary>
public enum FieldKind
{
    Text, Markdown, Number, Integer, Boolean, Date, Url, Enum, Ref, List, Object,
    /// <summary>A value with its sources, or an explicit "not covered by our sources" / "not disclosed" state.</summary>
    Sourced,
    /// <summary>A list of citations of the bibliography; a record with one must cite at least one source.</summary>
    Sources,
    /// <summary>One citation of the bibliography.</summary>
    Source,
    /// <summary>The name of a declared collection.</summary>
    Collection,
    /// <summary>The name of an attribute of the collection a comparison compares (checked by the comparison).</summary>
    Attribute,
    /// <summary>The name of a field of the collection <c>to</c> names (usually "@sibling", as a chart's <c>from</c>);
    /// "rows.scale" names a field of the objects of a list field. Checked against that collection's declaration.</summary>
    Field,
}

/// <summary>One declared field (or list item, or the whole record): its kind and what that kind needs.</summary>
public sealed class FieldType
{
    public required FieldKind Kind { get; init; }
    public bool Optional { get; init; }
    /// <summary>Value of an absent optional field, as the record would hold it.</summary>
    public object? Default { get; init; }
    /// <summary>For a number: the unit written after it ("GB", "%").</summary>
    public string? Unit { get; init; }
    /// <summary>For a date: only full dates (YYYY-MM-DD), not YYYY-MM or YYYY.</summary>
    public bool FullDate { get; init; }
    /// <summary>For an enum: allowed values in declared order, with their labels.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; init; } = [];
    /// <summary>For an enum: what its values are called in messages ("stakeholder kind"); the field name
    /// otherwise.</summary>
    public string? Name { get; init; }
    /// <summary>For a reference: the collection it points into; "@field" is the collection named by a sibling
    /// field.</summary>
    public string? To { get; init; }
    /// <summary>For a list: the type of each item.</summary>
    public FieldType? Item { get; init; }
    /// <summary>For an object: what one is called in messages ("position") and its fields in declared order.</summary>
    public string? Record { get; init; }
    public IReadOnlyList<Field> Fields { get; init; } = [];
    /// <summary>For a sourced value: the kind of its <c>value</c> (text or number).</summary>
    public FieldKind ValueKind { get; init; } = FieldKind.Text;
    /// <summary>For a list of objects keyed by a reference: one comparable attribute per referenced record.</summary>
    public KeyedList? Keyed { get; init; }
    /// <summary>A label for the field's row in record pages and comparisons ("Training cost" when not given).</summary>
    public string? Label { get; init; }
    /// <summary>Whether the field is a row of record pages and comparisons; by default sourced and numeric ones
    /// are.</summary>
    public bool? Attribute { get; init; }
    public int Line { get; init; }
    public int Column { get; init; }

    public Field? FieldNamed(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>A number, a whole number, or a sourced value whose value is a number: what a chart can draw.</summary>
    public bool IsNumeric => Kind is FieldKind.Number or FieldKind.Integer || (Kind == FieldKind.Sourced
        && ValueKind == FieldKind.Number);

    public bool IsAttribute => Attribute ?? (Kind is FieldKind.Sourced or FieldKind.Number or FieldKind.Integer
        || Keyed is not null);

    /// <summary>How the type is described in "expected …, found …".</summary>
    public string Describe() => Kind switch
    {
        FieldKind.Boolean => "true or false",
        FieldKind.Integer => "a whole number",
        FieldKind.Number => "a number",
        FieldKind.Enum => "one of " + string.Join(", ", Values.Select(v => v.Key)),
        FieldKind.List or FieldKind.Sources => "a list",
        FieldKind.Object => $"a {Record ?? "record"} (a set of 'key: value' lines)",
        FieldKind.Sourced => "a fact (a set of 'key: value' lines)",
        _ => "text",
    };
}

/// <summary>A named field of an object.</summary>
public sealed record Field(string Name, FieldType Type);

/// <summary>
/// A list of objects each naming a record of another collection (a stakeholder's positions, one per question):
/// compared as one attribute per referenced record, <c>FIELD.ID</c>.
/// </summary>
public sealed record KeyedList(string Key, string Value, string? Quote, string? Label, string? ShortLabel,
    string MissingText, string MissingStatus);
