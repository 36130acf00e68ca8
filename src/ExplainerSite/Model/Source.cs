using System.ComponentModel;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Model;

public enum Access { Original, Archived }

/// <summary>An entry of the bibliography (<c>input/sources.yml</c>).</summary>
[DisplayName("source")]
public sealed record Source : YamlRecord
{
    public string Id { get; init; } = null!;
    public string Title { get; init; } = null!;
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    public Access Access { get; init; } = Access.Original;
    public string? Note { get; init; }
}
