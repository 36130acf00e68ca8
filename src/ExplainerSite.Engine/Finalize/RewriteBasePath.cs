using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Finalize;

/// <summary>
/// Moves the site under <see cref="EngineSettings.BasePath"/>: every root-relative URL (<c>/about/</c>) in
/// every file a <see cref="UrlRewriters"/> entry reads becomes <c>/base/about/</c>, and every absolute URL on the
/// site's own address (<c>https://example.org/about/</c>) gets the base path too, unless that address already
/// ends with it. With the base path <c>/</c> nothing is read or changed, so the output is byte-identical to a
/// build without this transform.
/// </summary>
/// <param name="siteUrl">The site's absolute address without a trailing slash (null when unknown).</param>
/// <param name="rewriters">Which files are read and how (default <see cref="UrlRewriters.Default"/>).</param>
public sealed class RewriteBasePath(Func<IExecutionContext, string?> siteUrl, UrlRewriters? rewriters = null) : IOutputTransform
{
    private readonly UrlRewriters _rewriters = rewriters ?? UrlRewriters.Default;

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var basePath = context.Settings.BasePath;
        if (basePath == "/") return Task.FromResult(documents);
        var map = Map(basePath, siteUrl(context));
        var results = new Document[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            var doc = documents[i];
            var rewriter = doc.Destination.Length == 0 ? null : _rewriters.For(doc.Destination);
            results[i] = rewriter is null
                ? doc
                : context.Guard(doc, () =>
                {
                    var text = TextContent.AsText(doc);
                    return text with { Content = rewriter.Rewrite(text.Content, map) };
                }) ?? doc;
        });
        return Task.FromResult(ImmutableArray.Create(results));
    }

    /// <summary>The URL map for <paramref name="basePath"/> (<c>/x/</c>) and the site's own address.</summary>
    public static UrlMap Map(string basePath, string? siteUrl)
    {
        var site = siteUrl?.TrimEnd('/');
        var under = basePath.TrimEnd('/');
        // A site URL that already names the base path (https://example.org/x) makes absolute URLs final as written.
        if (site is not null && Uri.TryCreate(site, UriKind.Absolute, out var uri)
            && uri.AbsolutePath.TrimEnd('/').EndsWith(under, StringComparison.Ordinal)) site = null;
        return url =>
        {
            if (UrlText.IsRootRelative(url)) return basePath + url[1..];
            if (site is null || !url.StartsWith(site, StringComparison.Ordinal)) return null;
            if (url.Length == site.Length) return site + basePath;
            return url[site.Length] is '/' ? site + basePath + url[(site.Length + 1)..] : null;
        };
    }

    /// <summary>
    /// Checks a base path: '/' or '/segment/…/' of letters, digits and <c>- . _ ~</c>, no '.' or '..' segments.
    /// Returns it with the leading and trailing '/' added when missing, or null when it is not usable.
    /// </summary>
    public static string? Normalize(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim().Trim('/');
        if (trimmed.Length == 0) return "/";
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..") return null;
            if (!segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')) return null;
        }
        return "/" + trimmed + "/";
    }
}
