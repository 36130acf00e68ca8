using System.Net;

namespace Pipework.Finalize;

/// <summary>
/// The URLs of an XML document such as a sitemap or an Atom or RSS feed: <c>href</c> and <c>src</c> attributes
/// (also namespaced, e.g. <c>xlink:href</c>); text content that is one URL (<c>&lt;loc&gt;</c>,
/// <c>&lt;id&gt;</c>, <c>&lt;uri&gt;</c>, an RSS <c>&lt;link&gt;</c> …: absolute http(s) or root-relative,
/// with no white space inside); and escaped HTML (Atom <c>type="html"</c>, RSS <c>description</c>), rewritten
/// with <see cref="HtmlUrls"/>. Comments, processing instructions and CDATA sections other than text are kept.
/// </summary>
public sealed class XmlUrls : IUrlRewriter
{
    /// <summary>The one instance.</summary>
    public static readonly XmlUrls Instance = new();

    /// <inheritdoc/>
    public string Rewrite(string xml, UrlMap map)
    {
        var edits = new TextEdits(xml);
        var open = new Stack<(string Name, bool Html)>();
        var p = 0;
        var n = xml.Length;
        while (p < n)
        {
            var lt = xml.IndexOf('<', p);
            var textEnd = lt < 0 ? n : lt;
            if (textEnd > p && open.Count > 0)
                RewriteText(xml, p, textEnd, open.Peek().Html, map, edits);
            if (lt < 0) break;
            if (string.CompareOrdinal(xml, lt, "<!--", 0, 4) == 0)
                p = After(xml, "-->", lt + 4);
            else if (string.CompareOrdinal(xml, lt, "<![CDATA[", 0, 9) == 0)
            {
                var close = xml.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                if (close < 0) close = n;
                if (open.Count > 0 && open.Peek().Html)
                    edits.Replace(lt + 9, close, HtmlUrls.Instance.Rewrite(xml[(lt + 9)..close], map));
                p = Math.Min(close + 3, n);
            }
            else if (lt + 1 < n && xml[lt + 1] is '?' or '!')
                p = After(xml, ">", lt + 2);
            else if (lt + 1 < n && xml[lt + 1] == '/')
            {
                if (open.Count > 0) open.Pop();
                p = After(xml, ">", lt + 2);
            }
            else
                p = ReadStartTag(xml, lt + 1, map, edits, open);
        }
        return edits.ToString();
    }

    private static int After(string xml, string token, int from)
    {
        var i = xml.IndexOf(token, from, StringComparison.Ordinal);
        return i < 0 ? xml.Length : i + token.Length;
    }

    private static int ReadStartTag(string xml, int p, UrlMap map, TextEdits edits, Stack<(string, bool)> open)
    {
        var n = xml.Length;
        var nameStart = p;
        while (p < n && !UrlText.IsSpace(xml[p]) && xml[p] is not '/' and not '>') p++;
        var name = xml[nameStart..p];
        var html = LocalName(name) is "description" or "encoded";
        while (p < n && xml[p] != '>' && xml[p] != '/')
        {
            while (p < n && UrlText.IsSpace(xml[p])) p++;
            var attrStart = p;
            while (p < n && xml[p] is not '=' and not '>' and not '/' && !UrlText.IsSpace(xml[p])) p++;
            var attrName = xml[attrStart..p];
            while (p < n && UrlText.IsSpace(xml[p])) p++;
            if (p >= n || xml[p] != '=')
            {
                if (p == attrStart) p++;
                continue;
            }
            p++;
            while (p < n && UrlText.IsSpace(xml[p])) p++;
            if (p >= n || xml[p] is not ('"' or '\'')) continue;
            var quote = xml[p];
            var close = xml.IndexOf(quote, p + 1);
            if (close < 0) close = n;
            var value = WebUtility.HtmlDecode(xml[(p + 1)..close]);
            if (LocalName(attrName) is "href" or "src" && UrlText.MapTrimmed(value, map) is { } mapped)
                edits.Replace(p + 1, close, Escape(mapped, quote));
            if (attrName == "type" && value.Trim() == "html") html = true;
            p = Math.Min(close + 1, n);
        }
        var selfClosing = p < n && xml[p] == '/';
        var end = After(xml, ">", p);
        if (!selfClosing) open.Push((name, html));
        return end;
    }

    private static void RewriteText(string xml, int start, int end, bool html, UrlMap map, TextEdits edits)
    {
        var raw = xml[start..end];
        var text = WebUtility.HtmlDecode(raw);
        string? rewritten;
        if (html)
            rewritten = HtmlUrls.Instance.Rewrite(text, map);
        else
        {
            var trimmed = text.Trim();
            var isUrl = trimmed.Length > 0 && !trimmed.Any(UrlText.IsSpace)
                && (UrlText.IsRootRelative(trimmed) || trimmed.StartsWith("https://", StringComparison.Ordinal) || trimmed.StartsWith("http://", StringComparison.Ordinal));
            rewritten = isUrl ? UrlText.MapTrimmed(text, map) : null;
        }
        if (rewritten is not null && rewritten != text) edits.Replace(start, end, Escape(rewritten, '\0'));
    }

    private static string LocalName(string name) => name[(name.IndexOf(':') + 1)..];

    private static string Escape(string value, char quote)
    {
        var escaped = value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        return quote switch
        {
            '"' => escaped.Replace("\"", "&quot;", StringComparison.Ordinal),
            '\'' => escaped.Replace("'", "&apos;", StringComparison.Ordinal),
            _ => escaped,
        };
    }
}
