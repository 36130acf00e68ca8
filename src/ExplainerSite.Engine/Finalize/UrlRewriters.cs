using System.Collections.Immutable;

namespace Pipework.Finalize;

/// <summary>
/// Which <see cref="IUrlRewriter"/> reads which output file: by file name first (<c>robots.txt</c>), then by
/// extension (<c>.html</c>). Files of other types are not rewritten. Sites add their own formats with
/// <see cref="With"/> (e.g. a host's redirects file).
/// </summary>
public sealed class UrlRewriters
{
    private readonly ImmutableSortedDictionary<string, IUrlRewriter> _byKey;

    private UrlRewriters(ImmutableSortedDictionary<string, IUrlRewriter> byKey) => _byKey = byKey;

    /// <summary>HTML, CSS, XML (sitemaps, feeds), JSON, web manifests and robots.txt.</summary>
    public static UrlRewriters Default { get; } = new UrlRewriters(ImmutableSortedDictionary<string, IUrlRewriter>.Empty.WithComparers(StringComparer.Ordinal))
        .With(".html", HtmlUrls.Instance)
        .With(".htm", HtmlUrls.Instance)
        .With(".css", CssUrls.Instance)
        .With(".xml", XmlUrls.Instance)
        .With(".atom", XmlUrls.Instance)
        .With(".rss", XmlUrls.Instance)
        .With(".json", JsonUrls.Instance)
        .With(".webmanifest", JsonUrls.Instance)
        .With("robots.txt", RobotsUrls.Instance);

    /// <param name="key">An extension with its dot (<c>.html</c>) or a file name (<c>_redirects</c>).</param>
    /// <param name="rewriter">How such files are read.</param>
    public UrlRewriters With(string key, IUrlRewriter rewriter) => new(_byKey.SetItem(key.ToLowerInvariant(), rewriter));

    /// <summary>The rewriter for a destination such as <c>explainers/foo/index.html</c>, or null.</summary>
    public IUrlRewriter? For(string destination)
    {
        var name = destination[(destination.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (_byKey.TryGetValue(name, out var byName)) return byName;
        var dot = name.LastIndexOf('.');
        return dot >= 0 && _byKey.TryGetValue(name[dot..], out var byExtension) ? byExtension : null;
    }
}
