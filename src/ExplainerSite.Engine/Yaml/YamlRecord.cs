using YamlDotNet.Serialization;

namespace Pipework.Yaml;

/// <summary>
/// Base for records bound from YAML: the binder records where each one starts, so validation after binding
/// (unknown references, rules across fields) can name the line and column.
/// </summary>
public abstract record YamlRecord
{
    /// <summary>Line of the record in its file (1-based).</summary>
    [YamlIgnore] public int Line { get; internal set; }
    /// <summary>Column of the record in its file (1-based).</summary>
    [YamlIgnore] public int Column { get; internal set; }
}

/// <summary>A reference to another record or a source by id, with the position it was written at.</summary>
public sealed class Ref(string id, int line, int column) : IEquatable<Ref>
{
    /// <summary>The id referred to.</summary>
    public string Id { get; } = id;
    /// <summary>Line of the reference.</summary>
    public int Line { get; } = line;
    /// <summary>Column of the reference.</summary>
    public int Column { get; } = column;

    /// <summary>The id.</summary>
    public override string ToString() => Id;
    /// <summary>Same id.</summary>
    public bool Equals(Ref? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Ref);
    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}

/// <summary>
/// A text value with the position it was written at, for a value checked after binding (a pattern, an address),
/// so the error can point at it. An empty or <c>~</c>/<c>null</c> plain value binds as null, like a string's.
/// </summary>
public sealed class PositionedText(string value, int line, int column)
{
    /// <summary>The text.</summary>
    public string Value { get; } = value;
    /// <summary>Line of the value.</summary>
    public int Line { get; } = line;
    /// <summary>Column of the value.</summary>
    public int Column { get; } = column;

    /// <summary>The text.</summary>
    public override string ToString() => Value;
}
