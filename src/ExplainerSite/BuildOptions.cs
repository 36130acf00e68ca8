namespace ExplainerSite;

/// <summary>Choices of one build that are not content: drafts, the site URL override.</summary>
public sealed record BuildOptions
{
    public bool IncludeDrafts { get; init; }
    /// <summary>Overrides site.yml's url (e.g. a deploy preview's address).</summary>
    public string? SiteUrl { get; init; }
}
