using System.ComponentModel;
using Pipework.Yaml;

namespace ExplainerSite.Tests.Engine;

/// <summary>Records the YAML binder tests bind to: required, optional, typed, nested and reference properties.</summary>
[DisplayName("test page")]
public sealed record TestPage : YamlRecord
{
    public string Title { get; init; } = null!;
    public string? Summary { get; init; }
    public int Weight { get; init; }
    public Ref? Source { get; init; }
    public List<Ref> Related { get; init; } = [];
    public List<TestSection> Sections { get; init; } = [];
}

public sealed record TestSection : YamlRecord
{
    public string Heading { get; init; } = null!;
    public string? Note { get; init; }
}
