using System.ComponentModel;
using ExplainerSite.Engine.Yaml;

namespace ExplainerSite.Model;

/// <summary><c>input/site.yml</c>: what makes a copy of input/ and theme/ a complete site.</summary>
[DisplayName("site settings")]
public sealed record SiteSettings : YamlRecord
{
    public string Title { get; init; } = null!;
    public string Description { get; init; } = null!;
    /// <summary>Absolute URL the site is served from, without a trailing slash; used for canonical links and feeds.</summary>
    public string Url { get; init; } = null!;
    public string Language { get; init; } = "en";
    public IReadOnlyList<NavItem> Navigation { get; init; } = [];
}

[DisplayName("navigation item")]
public sealed record NavItem : YamlRecord
{
    public string Title { get; init; } = null!;
    public string Url { get; init; } = null!;
}
