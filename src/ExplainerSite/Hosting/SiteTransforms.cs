using Pipework.Finalize;
using Pipework.Pipelines;
using ExplainerSite.Publishing;

namespace ExplainerSite.Hosting;

/// <summary>
/// This site's output transforms, declared as data, in the order the engine runs them after PostProcess:
/// content-hash names for <c>/assets/</c>, then the base path. Analyzers and written files see the result.
/// </summary>
public static class SiteTransforms
{
    /// <summary>
    /// The formats whose URLs are rewritten: the engine's (HTML, CSS, XML, JSON, robots.txt), Netlify's
    /// <c>_redirects</c>, and the BibTeX and CSV downloads.
    /// </summary>
    public static UrlRewriters Rewriters { get; } = UrlRewriters.Default
        .With(GenerateRedirects.RedirectsFile, RedirectsFileUrls.Instance)
        .With(".bib", Citing.TextFileUrls.Instance).With(".csv", Citing.TextFileUrls.Instance);

    /// <summary>Content-hash names for <c>/assets/</c>; templates write them directly through <c>site.assets</c>.</summary>
    public static FingerprintAssets Fingerprint { get; } = new(SiteUrls.Base, "assets/", Rewriters);

    public static IReadOnlyList<IOutputTransform> All() =>
    [
        Fingerprint,
        new RewriteBasePath(SiteUrls.Base, Rewriters),
    ];
}
