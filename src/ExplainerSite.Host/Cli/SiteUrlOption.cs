namespace Pipework.Host.Cli;

/// <summary><c>build --site-url URL</c>: the absolute address the site is served from, overriding the site's own.</summary>
public static class SiteUrlOption
{
    /// <summary>
    /// Checks a site URL given on the command line: absolute http or https, no query or fragment. Returns it
    /// without a trailing slash, or null when it is not usable.
    /// </summary>
    public static string? Normalize(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0) return null;
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
