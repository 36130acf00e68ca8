namespace ExplainerSite.Engine.Content.SafeUrls;

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

    /// <summary>True for a URL without a scheme (relative) or with an allowed one.</summary>
    public static bool IsSafe(string url) => Scheme(url) is not { } scheme
        || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

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
