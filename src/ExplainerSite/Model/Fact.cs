using System.ComponentModel;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Model;

/// <summary>A sourced value: the unit every comparison cell and data page is made of.</summary>
[DisplayName("fact")]
public sealed record Fact : YamlRecord
{
    public string? Value { get; init; }
    public string? Note { get; init; }
    public string? AsOf { get; init; }
    /// <summary>True when the truth is that the figure was never published; needs no source.</summary>
    public bool NotDisclosed { get; init; }
    /// <summary>True when our sources do not cover the value (it may well be public elsewhere); needs no source.</summary>
    public bool NotCovered { get; init; }
    public IReadOnlyList<Ref> Sources { get; init; } = [];
}
