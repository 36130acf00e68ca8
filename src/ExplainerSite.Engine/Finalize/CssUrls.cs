namespace Pipework.Finalize;

/// <summary>
/// The URLs of a style sheet (or a style attribute): <c>url(…)</c> with or without quotes, and the string of
/// <c>@import "…"</c>. Comments and other strings are skipped. A URL with CSS escapes (a backslash) is left
/// alone; an unquoted replacement that would need escaping is quoted.
/// </summary>
public sealed class CssUrls : IUrlRewriter
{
    /// <summary>The one instance.</summary>
    public static readonly CssUrls Instance = new();

    /// <inheritdoc/>
    public string Rewrite(string css, UrlMap map)
    {
        var edits = new TextEdits(css);
        var n = css.Length;
        var p = 0;
        while (p < n)
        {
            var c = css[p];
            if (c == '/' && p + 1 < n && css[p + 1] == '*')
            {
                var close = css.IndexOf("*/", p + 2, StringComparison.Ordinal);
                p = close < 0 ? n : close + 2;
            }
            else if (c is '"' or '\'')
            {
                p = StringEnd(css, p);
            }
            else if (c == '@' && string.Compare(css, p, "@import", 0, 7, StringComparison.OrdinalIgnoreCase) == 0)
            {
                p += 7;
                while (p < n && UrlText.IsSpace(css[p])) p++;
                if (p < n && css[p] is '"' or '\'')
                {
                    var end = StringEnd(css, p);
                    MapQuoted(css, p, end, map, edits);
                    p = end;
                }
            }
            else if ((c is 'u' or 'U') && string.Compare(css, p, "url(", 0, 4, StringComparison.OrdinalIgnoreCase) == 0
                     && (p == 0 || !IsNameChar(css[p - 1])))
            {
                p += 4;
                while (p < n && UrlText.IsSpace(css[p])) p++;
                if (p < n && css[p] is '"' or '\'')
                {
                    var end = StringEnd(css, p);
                    MapQuoted(css, p, end, map, edits);
                    p = end;
                }
                else
                {
                    var start = p;
                    while (p < n && css[p] != ')' && !UrlText.IsSpace(css[p])) p++;
                    var url = css[start..p];
                    if (url.Length > 0 && !url.Contains('\\') && map(url) is { } mapped)
                        edits.Replace(start, p, NeedsQuotes(mapped) ? "\"" + mapped.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : mapped);
                }
            }
            else
            {
                p++;
            }
        }
        return edits.ToString();
    }

    /// <summary>The index after the closing quote of the string starting at <paramref name="start"/>.</summary>
    private static int StringEnd(string css, int start)
    {
        var quote = css[start];
        var p = start + 1;
        while (p < css.Length && css[p] != quote && css[p] != '\n')
            p += css[p] == '\\' ? 2 : 1;
        return Math.Min(p + 1, css.Length);
    }

    private static void MapQuoted(string css, int start, int end, UrlMap map, TextEdits edits)
    {
        var quote = css[start];
        var close = end - 1 < css.Length && end - 1 > start && css[end - 1] == quote ? end - 1 : end;
        var url = css[(start + 1)..close];
        if (url.Length == 0 || url.Contains('\\') || map(url) is not { } mapped) return;
        edits.Replace(start + 1, close, mapped.Replace(quote.ToString(), "\\" + quote, StringComparison.Ordinal));
    }

    private static bool NeedsQuotes(string url) => url.Any(c => UrlText.IsSpace(c) || c is '"' or '\'' or '(' or ')' or '\\');

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c > 127;
}
