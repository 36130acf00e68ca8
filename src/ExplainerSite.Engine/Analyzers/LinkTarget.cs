namespace Pipework.Analyzers;

/// <summary>
/// Where an href points: another site, or a decoded path on this site (below the base path, starting with '/')
/// with an optional fragment. Links this checker does not follow (mailto:, tel:, data: …) have neither.
/// </summary>
public sealed record LinkTarget(bool IsExternal, bool IsPlainHttp, string? Path, string? Fragment)
{
    /// <summary>A root-relative link that skips the base path: nothing is published there.</summary>
    public bool OutsideBasePath { get; init; }

    private static readonly Uri Origin = new("https://site.invalid/");
    private static readonly LinkTarget Ignored = new(false, false, null, null);

    /// <param name="pageUrl">The linking page's site path ("/explainers/foo/").</param>
    /// <param name="siteUrl">The site's own absolute URL without trailing slash; links starting with it are internal.</param>
    /// <param name="basePath">The path the site is published under ("/" or "/sub/").</param>
    /// <param name="href">The link as written on the page.</param>
    public static LinkTarget Resolve(string href, string pageUrl, string? siteUrl, string basePath = "/")
    {
        if (siteUrl is { Length: > 0 } && (href == siteUrl || href.StartsWith(siteUrl + "/", StringComparison.OrdinalIgnoreCase) || href.StartsWith(siteUrl + "#", StringComparison.Ordinal)))
            href = href[siteUrl.Length..] is { Length: > 0 } rest ? rest : "/";
        if (href.StartsWith("//", StringComparison.Ordinal))
            return new(true, false, null, null);
        var colon = href.IndexOf(':');
        var firstSeparator = href.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (firstSeparator < 0 || colon < firstSeparator))
        {
            var scheme = href[..colon].ToLowerInvariant();
            return scheme switch
            {
                "https" => new(true, false, null, null),
                "http" => new(true, true, null, null),
                _ => Ignored,
            };
        }
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? null : Unescape(href[(hash + 1)..]);
        var pathPart = hash < 0 ? href : href[..hash];
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        if (pathPart.Length == 0) return new(false, false, pageUrl, fragment);
        if (pathPart.StartsWith('/'))
        {
            var root = "/" + basePath.Trim('/');
            root = root == "/" ? "" : root;
            if (root.Length > 0)
            {
                if (pathPart != root && !pathPart.StartsWith(root + "/", StringComparison.Ordinal))
                    return new(false, false, Unescape(pathPart), fragment) { OutsideBasePath = true };
                pathPart = pathPart[root.Length..] is { Length: > 0 } below ? below : "/";
            }
        }
        // Most links are plain site paths, which URL resolution would return unchanged: skip building two Uris for them.
        if (IsPlainPath(pathPart)) return new(false, false, pathPart, fragment);
        var resolved = new Uri(new Uri(Origin, pageUrl.Length == 0 ? "/" : pageUrl), pathPart).AbsolutePath;
        return new(false, false, Unescape(resolved), fragment);
    }

    /// <summary>The published destination a site path names ("/a/" → "a/index.html", "/a" → "a/index.html" too), or null.</summary>
    public static string? Destination(string path, IReadOnlySet<string> published)
    {
        var relative = path.TrimStart('/');
        var candidate = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (published.Contains(candidate)) return candidate;
        return !relative.EndsWith('/') && published.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }

    /// <summary>"/a/b-c/": starts with '/', only letters, digits and <c>- . _ ~ /</c>, no empty, "." or ".." segment.</summary>
    private static bool IsPlainPath(string path)
    {
        if (path.Length == 0 || path[0] != '/') return false;
        var segmentStart = 1;
        for (var i = 1; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                if (!char.IsAsciiLetterOrDigit(path[i]) && path[i] is not ('-' or '.' or '_' or '~')) return false;
                continue;
            }
            var segment = path.AsSpan(segmentStart, i - segmentStart);
            if ((segment.Length == 0 && i < path.Length) || segment is "." or "..") return false;
            segmentStart = i + 1;
        }
        return true;
    }

    private static string Unescape(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
