namespace Pipework.Analyzers;

/// <summary>A link to another site found on a page: listed by the link checker, never fetched.</summary>
public sealed record ExternalLink(string Url, string Page, string Source);

/// <summary>
/// Receives what the link checker found besides problems: the external links of the last build, sorted by URL
/// then page. Register one with <c>SiteEngineBuilder.AddService</c> to read it after a build.
/// </summary>
public sealed class LinkReport
{
    /// <summary>The links to other sites the last build found, each with a page that has it.</summary>
    public IReadOnlyList<ExternalLink> ExternalLinks { get; private set; } = [];

    internal void Publish(IEnumerable<ExternalLink> links) =>
        ExternalLinks = [.. links.Distinct()
            .OrderBy(l => l.Url, StringComparer.Ordinal).ThenBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Source, StringComparer.Ordinal)];
}
