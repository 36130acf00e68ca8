using YamlDotNet.Serialization;

namespace ExplainerSite.Engine.Yaml;

/// <summary>
/// Base for records bound from YAML: the binder records where each one starts, so validation after binding
/// (unknown references, rules across fields) can name the line and column.
/// </summary>
public abstract record YamlRecord
{
    [YamlIgnore] public int Line { get; internal set; }
    [YamlIgnore] public int Column { get; internal set; }
}

/// <summary>A reference to another record or a source by id, with the position it was written at.</summary>
public sealed class Ref(string id, int line, int column) : IEquatable<Ref>
{
    public string Id { get; } = id;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public override string ToString() => Id;
    public bool Equals(Ref? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
    public override bool Equals(object? obj) => Equals(obj as Ref);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}

/// <summary>
/// A text value with the position it was written at, for a value checked after binding (a pattern, an address),
/// so the error can point at it. An empty or <c>~</c>/<c>null</c> plain value binds as null, like a string's.
/// </summary>
public sealed class PositionedText(string value, int line, int column)
{
    public string Value { get; } = value;
    public int Line { get; } = line;
    public int Column { get; } = column;

    public override string ToString() => Value;
}
