namespace Pipework.Finalize;

/// <summary>Small helpers for URLs as written in documents.</summary>
public static class UrlText
{
    /// <summary>True for a path on this host such as <c>/about/</c>: one leading '/', not <c>//host</c>.</summary>
    public static bool IsRootRelative(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    /// <summary>True when the URL starts with a scheme (<c>https:</c>, <c>mailto:</c>, <c>javascript:</c> …).</summary>
    public static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    /// <summary>Splits a URL into its path and what follows it (<c>?query</c> and/or <c>#fragment</c>).</summary>
    public static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.AsSpan().IndexOfAny('?', '#');
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    /// <summary>Calls <paramref name="map"/> with the URL trimmed of white space and puts the white space back.</summary>
    internal static string? MapTrimmed(string value, UrlMap map)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsSpace(value[start])) start++;
        while (end > start && IsSpace(value[end - 1])) end--;
        if (start == end) return null;
        var mapped = map(value[start..end]);
        return mapped is null ? null : value[..start] + mapped + value[end..];
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
