using System.ComponentModel;
using Pipework.Yaml;

namespace ExplainerSite.Model;

/// <summary><c>input/site.yml</c>: what makes a copy of input/ and theme/ a complete site.</summary>
[DisplayName("site settings")]
public sealed record SiteSettings : YamlRecord
{
    public string Title { get; init; } = null!;
    /// <summary>Optional (a minimal site has a title and a URL only); templates read an absent one as empty.</summary>
    public string? Description { get; init; }
    /// <summary>Absolute URL the site is served from, without a trailing slash; used for canonical links and feeds.</summary>
    public string Url { get; init; } = null!;
    public string Language { get; init; } = "en";
    public IReadOnlyList<NavItem> Navigation { get; init; } = [];
    /// <summary>Where pages are published (optional; each pattern defaults to today's address).</summary>
    public Permalinks? Permalinks { get; init; }
    /// <summary>Draw a 1200×630 PNG card (og:image) for every page from theme/cards/card.svg.liquid; off unless set.</summary>
    public bool SocialCards { get; init; }
    /// <summary>
    /// "Cite this page" on explainers and comparisons, with a BibTeX and a CSL-JSON file each; off unless set
    /// (two more files per explainer: a site of thousands of pages may not want them).
    /// </summary>
    public bool CiteThisPage { get; init; }
    /// <summary>The licence of the site's text and data (optional): footer, JSON-LD, downloads.</summary>
    public SiteLicence? Licence { get; init; }
    /// <summary>Optional: where the period the site covers is computed from (every page says it).</summary>
    public SiteCoverage? Coverage { get; init; }
    /// <summary>Optional: the day the pages were last checked against their sources (YYYY-MM-DD), shown on every page.</summary>
    public PositionedText? Checked { get; init; }
}

/// <summary><c>permalinks</c> in site.yml: Hugo-style address patterns, checked by <see cref="Pipework.Control.Permalink.Problem"/>.</summary>
[DisplayName("permalinks")]
public sealed record Permalinks : YamlRecord
{
    public const string DefaultExplainers = "/explainers/:slug/";

    /// <summary>The address of each explainer, e.g. <c>/pages/:slug/</c>; <see cref="DefaultExplainers"/> when not given.</summary>
    public PositionedText? Explainers { get; init; }
}

[DisplayName("navigation item")]
public sealed record NavItem : YamlRecord
{
    public string Title { get; init; } = null!;
    public string Url { get; init; } = null!;
}
