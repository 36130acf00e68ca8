using YamlDotNet.Serialization;

namespace ExplainerSite.Model;

/// <summary>
/// A sourced value (field type <c>sourced</c>): the unit every comparison cell and record-page row is made of.
/// Either a value with its sources, or <c>notDisclosed</c> / <c>notCovered</c>, which need none.
/// </summary>
public sealed record Fact
{
    /// <summary>The value as written: text, or for a numeric sourced field the number's text.</summary>
    public string? Value { get; init; }
    public string? Note { get; init; }
    public string? AsOf { get; init; }
    /// <summary>True when the truth is that the figure was never published; needs no source.</summary>
    public bool NotDisclosed { get; init; }
    /// <summary>True when our sources do not cover the value (it may well be public elsewhere); needs no source.</summary>
    public bool NotCovered { get; init; }
    public IReadOnlyList<Pipework.Yaml.Ref> Sources { get; init; } = [];
    [YamlIgnore] public int Line { get; init; }
    [YamlIgnore] public int Column { get; init; }

    /// <summary>The field names a fact may have in YAML.</summary>
    public static readonly string[] Keys = ["value", "note", "asOf", "notDisclosed", "notCovered", "sources"];
}
