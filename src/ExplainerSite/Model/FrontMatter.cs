using System.ComponentModel;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Model;

/// <summary>Front matter of a standalone page (<c>input/*.md</c>, <c>input/dir/index.md</c>).</summary>
[DisplayName("page front matter")]
public sealed record PageFrontMatter : YamlRecord
{
    public string Title { get; init; } = null!;
    /// <summary>Optional for a page; templates read an absent one as empty.</summary>
    public string? Description { get; init; }
    /// <summary>The layout named in front matter; null falls back to 'page', then 'default' (docs/theme.md).</summary>
    public string? Layout { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>The declared collection this page lists (<c>page.records</c>), if any.</summary>
    public string? List { get; init; }
}

/// <summary>Front matter of an explainer (<c>input/explainers/*.md</c>).</summary>
[DisplayName("explainer front matter")]
public sealed record ExplainerFrontMatter : YamlRecord
{
    public string Title { get; init; } = null!;
    public string Description { get; init; } = null!;
    public string Published { get; init; } = null!;
    public string? Updated { get; init; }
    public int Order { get; init; }
    /// <summary>The layout named in front matter; null falls back to 'explainer', then 'default' (docs/theme.md).</summary>
    public string? Layout { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
