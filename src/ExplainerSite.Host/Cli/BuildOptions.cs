using Pipework.Host.Search;

namespace Pipework.Host.Cli;

/// <summary>Choices of one build that are not content: drafts, the site URL override.</summary>
public sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }
    /// <summary>Overrides site.yml's url (e.g. a deploy preview's address).</summary>
    public string? SiteUrl { get; init; }
    /// <summary>The URL path the site is served under (<c>--base-path</c>), '/' at a domain's root; checked by <see cref="BasePathOption"/>.</summary>
    public string BasePath { get; init; } = "/";
    /// <summary>How to run Pagefind over the finished output; null builds without a search index (<c>--no-search</c>, and tests).</summary>
    public PagefindCommand? Search { get; init; }
}
