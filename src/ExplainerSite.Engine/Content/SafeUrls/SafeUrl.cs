namespace Pipework.Content.SafeUrls;

/// <summary>
/// Which link and image URLs an editor may write: a path, <c>#fragment</c> or <c>?query</c> on this site,
/// <c>//host</c>, or a URL whose scheme is <c>http</c>, <c>https</c> or <c>mailto</c>. Anything else —
/// <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>file:</c> … — is unsafe. The URL is read the way
/// browsers read it: leading control characters and spaces are dropped, tabs and newlines are ignored
/// anywhere, and the scheme is case-insensitive, so <c>" JaVa&amp;#9;Script:…"</c> is caught too.
/// </summary>
public static class SafeUrl
{
    /// <summary>The URL schemes a link or image may use; any other renders as <c>#</c>.</summary>
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>What an unsafe URL is replaced with when it is neutralised instead of reported.</summary>
    public const string Neutralised = "#";

    /// <summary>True for a URL without a scheme (relative) or with an allowed one, and no control character or padding.</summary>
    public static bool IsSafe(string url) => Problem(url) is null;

    /// <summary>
    /// Why <paramref name="url"/> may not appear in a page, a feed or a sitemap, or null when it may: a control
    /// character anywhere, a space at either end (browsers strip it, so <c>" javascript:"</c> would run), or a
    /// scheme other than <see cref="AllowedSchemes"/>. The one check for Markdown links and for every URL in YAML.
    /// </summary>
    public static string? Problem(string url)
    {
        foreach (var c in url)
            if (char.IsControl(c)) return $"it contains the control character U+{(int)c:X4}";
        if (url.Length > 0 && (char.IsWhiteSpace(url[0]) || char.IsWhiteSpace(url[^1])))
            return "it starts or ends with a space";
        if (Scheme(url) is { } scheme && !AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
        {
            var allowed = string.Join(", ", AllowedSchemes.Select(a => a + ":"));
            return $"the scheme '{scheme}:' can run script or carry a page; allowed are {allowed} and paths";
        }
        return null;
    }

    /// <summary>True for an absolute <c>http:</c> or <c>https:</c> URL with a host: what a site's own address must be.</summary>
    public static bool IsAbsoluteHttp(string url) =>
        Problem(url) is null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    /// <summary>
    /// YAML keys whose values are URLs and so are checked with <see cref="Problem"/> wherever YAML is read:
    /// <c>url</c>, <c>href</c>, <c>src</c>, and names ending in <c>Url</c>, <c>_url</c> or <c>Href</c>.
    /// </summary>
    public static bool IsUrlKey(string key) =>
        key is "url" or "href" or "src" or "URL"
        || key.EndsWith("Url", StringComparison.Ordinal) || key.EndsWith("_url", StringComparison.Ordinal)
        || key.EndsWith("Href", StringComparison.Ordinal);

    /// <summary>The URL's scheme as a browser would see it, or null for a relative URL.</summary>
    public static string? Scheme(string url)
    {
        var start = 0;
        while (start < url.Length && url[start] <= ' ') start++;
        var scheme = new System.Text.StringBuilder();
        for (var i = start; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (c == ':') return scheme.Length > 0 ? scheme.ToString() : null;
            var valid = scheme.Length == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
            if (!valid) return null;
            scheme.Append(c);
        }
        return null;
    }
}
