using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Finalize;

/// <summary>
/// Gives every file under <paramref name="folder"/> (default <c>assets/</c>) a content-hash name —
/// <c>site.css</c> becomes <c>site.3f2a9c1b4d.css</c>, the first <see cref="HashLength"/> hex digits of the
/// SHA-256 of its bytes — and rewrites every reference to it in HTML, CSS, XML and JSON (root-relative,
/// relative, or absolute on the site's own address). A style sheet is hashed after its own references are
/// rewritten, so a changed image also renames the style sheets that use it. Same input, same names; such files
/// can be cached for ever.
/// </summary>
public sealed class FingerprintAssets(Func<IExecutionContext, string?>? siteUrl = null, string folder = "assets/", UrlRewriters? rewriters = null) : IOutputTransform
{
    /// <summary>Hex digits of the content hash in a file name.</summary>
    public const int HashLength = 10;

    private readonly UrlRewriters _rewriters = rewriters ?? UrlRewriters.Default;
    private readonly string _folder = folder.TrimEnd('/') + "/";

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var site = siteUrl?.Invoke(context)?.TrimEnd('/');
        var (results, hashes) = HashAssets(documents, context, site);
        if (hashes.Count == 0) return Task.FromResult(documents);
        var names = hashes.Keys.Select(d => d[(d.LastIndexOf('/') + 1)..]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        Parallel.For(0, results.Length, i =>
        {
            var doc = results[i];
            if (doc.Destination.StartsWith(_folder, StringComparison.Ordinal)) return;   // assets were rewritten above
            if (doc.Destination.Length == 0 || _rewriters.For(doc.Destination) is not { } rewriter) return;
            results[i] = context.Guard(doc, () =>
            {
                var text = TextContent.AsText(doc);
                var content = rewriter.Rewrite(text.Content, Map(text, site, hashes, names));
                return ReferenceEquals(content, text.Content) ? doc : text with { Content = content };
            }) ?? doc;
        });
        return Task.FromResult(ImmutableArray.Create(results));
    }

    /// <summary>
    /// The root-relative URL each asset will have once renamed ("/assets/site.css" → "/assets/site.3f2a9c1b4d.css"),
    /// computed exactly as the transform computes it. A template that writes these names leaves the transform
    /// nothing to rewrite on its page, so no second copy of every page is made.
    /// </summary>
    public IReadOnlyDictionary<string, string> HashedUrls(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var (_, hashes) = HashAssets(documents, context, siteUrl?.Invoke(context)?.TrimEnd('/'));
        return hashes.ToDictionary(h => "/" + h.Key, h => "/" + NameWithHash(h.Key, h.Value), StringComparer.Ordinal);
    }

    /// <summary>Every document, the assets renamed (style sheets also rewritten), and the hash of each asset by destination.</summary>
    private (Document[] Results, Dictionary<string, string> Hashes) HashAssets(ImmutableArray<Document> documents, IExecutionContext context, string? site)
    {
        // Two documents for one destination are the engine's error (ES0020, checked before transforms); the first is hashed.
        var assets = Enumerable.Range(0, documents.Length)
            .Where(i => documents[i].Destination.StartsWith(_folder, StringComparison.Ordinal))
            .GroupBy(i => documents[i].Destination, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var results = documents.ToArray();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        // Depth first: a style sheet's references are renamed before the style sheet itself is hashed.
        void Hash(string destination)
        {
            if (hashes.ContainsKey(destination) || !visiting.Add(destination)) return;
            var index = assets[destination];
            var doc = results[index];
            if (_rewriters.For(destination) is CssUrls css)
            {
                doc = context.Guard(doc, () => TextContent.AsText(doc)) ?? doc;
                foreach (var dependency in References(doc, css, site).Where(assets.ContainsKey).Order(StringComparer.Ordinal))
                    Hash(dependency);
                doc = doc with { Content = css.Rewrite(doc.Content, Map(doc, site, hashes)) };
            }
            var bytes = doc.IsBinary && !doc.Bytes.IsDefault ? doc.Bytes.ToArray()
                : doc.IsBinary && doc.SourceFile is not null ? context.Guard(doc, () => File.ReadAllBytes(doc.SourceFile))
                : Encoding.UTF8.GetBytes(doc.Content);
            if (bytes is null) return;
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];
            results[index] = doc with { Destination = NameWithHash(destination, hash) };
            hashes[destination] = hash;
        }

        foreach (var destination in assets.Keys.Order(StringComparer.Ordinal))
            Hash(destination);
        return (results, hashes);
    }

    /// <summary><c>assets/site.css</c> with hash <c>abc</c> is <c>assets/site.abc.css</c>; a name without an extension gets <c>.abc</c> at its end.</summary>
    public static string NameWithHash(string path, string hash)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path[..dot] + "." + hash + path[dot..] : path + "." + hash;
    }

    /// <summary>
    /// False only when the URL's last path segment cannot resolve to any of <paramref name="names"/>: it is written
    /// plainly (no '%' escapes, no '.' or '..' segment, no trailing dot or white space or control character that URL
    /// parsing might change) and is not one of them. Anything else is resolved in full.
    /// </summary>
    private static bool MayName(string url, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        var path = url.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0) path = path[..cut];
        var last = path[(path.LastIndexOfAny('/', '\\') + 1)..];
        if (last.Length == 0) return false;
        if (last.Contains('%') || last[^1] == '.' || last.ContainsAnyInRange('\0', ' ')) return true;
        return names.Contains(last);
    }

    /// <summary>The destinations a style sheet refers to.</summary>
    private static List<string> References(Document doc, IUrlRewriter rewriter, string? site)
    {
        var found = new List<string>();
        rewriter.Rewrite(doc.Content, url =>
        {
            if (Resolve(doc, url, site) is { } destination) found.Add(destination.Destination);
            return null;
        });
        return found;
    }

    private static UrlMap Map(Document doc, string? site, IReadOnlyDictionary<string, string> hashes) => Map(doc, site, hashes, null);

    /// <param name="names">When given, the file names of the hashed assets: a URL whose last segment is plainly
    /// another name is left alone without being resolved (most links of a page are to pages, not assets).</param>
    /// <param name="doc">The document whose URLs are mapped.</param>
    /// <param name="site">The site's absolute address, if known.</param>
    /// <param name="hashes">Asset path → hashed path.</param>
    private static UrlMap Map(Document doc, string? site, IReadOnlyDictionary<string, string> hashes,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? names) => url =>
        (names is not { } known || MayName(url, known)) && Resolve(doc, url, site) is { } target && hashes.TryGetValue(target.Destination, out var hash)
            // Keep the reference's own form (relative, percent-encoded …): only the hash goes in before the extension.
            ? NameWithHash(target.Path, hash) + target.Suffix
            : null;

    /// <summary>
    /// The output path a URL in <paramref name="doc"/> points to, with the URL's own path part and its
    /// <c>?query#fragment</c>; null for other sites, schemes and protocol-relative URLs.
    /// </summary>
    private static (string Destination, string Path, string Suffix)? Resolve(Document doc, string url, string? site)
    {
        var (path, suffix) = UrlText.SplitSuffix(url);
        string absolute;
        if (site is not null && path.StartsWith(site + "/", StringComparison.Ordinal))
            absolute = path[site.Length..];
        else if (UrlText.HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal) || path.Length == 0)
            return null;
        else if (path.StartsWith('/'))
            absolute = path;
        else if (Uri.TryCreate("http://site" + doc.Url, UriKind.Absolute, out var page) && Uri.TryCreate(page, path, out var resolved))
            absolute = resolved.AbsolutePath;
        else
            return null;
        return (Uri.UnescapeDataString(absolute.TrimStart('/')), path, suffix);
    }
}
