using Pipework.Templates;
using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary>
/// A bound record or nested object of a declared type. Values: string (text, Markdown, URL, date, enum), long,
/// double, bool, <see cref="Ref"/>, <see cref="Fact"/>, <see cref="DataObject"/>, lists of those, or null.
/// </summary>
public sealed class DataObject(FieldType type, int line, int column)
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _nodes = new(StringComparer.Ordinal);

    public FieldType Type { get; } = type;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public object? this[string field]
    {
        get => _values.GetValueOrDefault(field);
        internal set => _values[field] = value;
    }

    /// <summary>The YAML a field was bound from (positions of list items for errors found after binding); null
    /// when the field was absent.</summary>
    public YamlNode? NodeOf(string field) => _nodes.GetValueOrDefault(field);

    internal void SetNode(string field, YamlNode node) => _nodes[field] = node;

    /// <summary>Where the value of <paramref name="field"/> was written (a text value keeps no position of its
    /// own); the object's own position when the field was not written.</summary>
    public (int Line, int Column) PositionOf(string field) =>
        _nodes.TryGetValue(field, out var node) ? (node.Line, node.Column) : (Line, Column);

    /// <summary>Whether <paramref name="field"/> was written in the file (not just defaulted).</summary>
    public bool Written(string field) => _nodes.ContainsKey(field);

    public string? Text(string field) => this[field] switch
    {
        null => null,
        string s => s,
        Ref r => r.Id,
        Fact f => f.Value,
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    public IReadOnlyList<object?> List(string field) => this[field] as IReadOnlyList<object?> ?? [];

    public IReadOnlyList<Ref> Refs(string field) => this[field] switch
    {
        Ref r => [r],
        IReadOnlyList<object?> list => [.. list.OfType<Ref>()],
        _ => [],
    };

    /// <summary>The fields as templates read them: declared order, a reference as its id, a fact as a set of keys.</summary>
    public OrderedDictionary<string, object?> ToTemplate()
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Type.Fields) result[field.Name] = ToTemplate(this[field.Name]);
        return result;
    }

    public static object? ToTemplate(object? value) => value switch
    {
        DataObject o => o.ToTemplate(),
        IReadOnlyList<object?> list => list.Select(ToTemplate).ToList(),
        _ => TemplateValues.From(value),
    };
}

/// <summary>One record of a collection: its id, the file it came from, and its values.</summary>
public sealed record DataRecord(string Id, string File, DataObject Values)
{
    public int Line => Values.Line;
    public int Column => Values.Column;
}
