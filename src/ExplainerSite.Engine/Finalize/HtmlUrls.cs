using System.Net;
using System.Text.RegularExpressions;

namespace Pipework.Finalize;

/// <summary>
/// The URLs of an HTML page: every attribute that holds a URL (<c>href</c>, <c>src</c>, <c>srcset</c>,
/// <c>action</c>, <c>poster</c> … see <see cref="KindOf"/>), the URL of a meta refresh, <c>og:</c>/<c>twitter:</c>
/// image and URL metas, <c>data-*</c> attributes whose name ends in <c>url</c>, <c>href</c>, <c>src</c> or
/// <c>path</c>, <c>url(…)</c> in style attributes and style elements, and absolute URLs in JSON-LD. Only the
/// characters of a changed attribute value are rewritten; the rest of the page is kept byte for byte.
/// </summary>
public sealed partial class HtmlUrls : IUrlRewriter
{
    /// <summary>The one instance.</summary>
    public static readonly HtmlUrls Instance = new();

    /// <summary>How an attribute holds URLs.</summary>
    public enum UrlKind
    {
        /// <summary>No URL.</summary>
        None,
        /// <summary>One URL (<c>href</c>, <c>src</c>).</summary>
        Single,
        /// <summary>A <c>srcset</c>: URLs with widths or densities.</summary>
        SrcSet,
        /// <summary>URLs separated by spaces (<c>ping</c>, <c>archive</c>).</summary>
        SpaceList,
        /// <summary>A meta refresh: <c>5; url=…</c>.</summary>
        Refresh,
        /// <summary>CSS (a <c>style</c> attribute).</summary>
        Css,
    }

    /// <inheritdoc/>
    public string Rewrite(string html, UrlMap map)
    {
        var edits = new TextEdits(html);
        foreach (var tag in HtmlTags.Scan(html))
        {
            foreach (var attribute in tag.Attributes)
            {
                if (!attribute.HasValue) continue;
                var kind = KindOf(tag, attribute.Name, html);
                if (kind == UrlKind.None) continue;
                var raw = html[attribute.ValueStart..attribute.ValueEnd];
                var value = WebUtility.HtmlDecode(raw);
                var rewritten = RewriteValue(kind, value, map);
                if (rewritten is null || rewritten == value) continue;
                var (start, end, text) = Encode(attribute, raw, value, rewritten);
                edits.Replace(start, end, text);
            }
            if (tag.ContentStart >= 0 && tag.ContentEnd > tag.ContentStart)
            {
                var rewriter = tag.Name switch
                {
                    "style" => CssUrls.Instance,
                    "script" when ValueOf(tag, "type", html)?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true => JsonUrls.Instance,
                    _ => (IUrlRewriter?)null,
                };
                if (rewriter is null) continue;
                var content = html[tag.ContentStart..tag.ContentEnd];
                edits.Replace(tag.ContentStart, tag.ContentEnd, rewriter.Rewrite(content, map));
            }
        }
        return edits.ToString();
    }

    /// <summary>What kind of URL value the attribute <paramref name="name"/> of <paramref name="tag"/> holds.</summary>
    public static UrlKind KindOf(HtmlTag tag, string name, string html)
    {
        switch (name)
        {
            case "href" or "src" or "action" or "formaction" or "poster" or "cite" or "background" or "longdesc"
                or "manifest" or "codebase" or "xlink:href" or "icon" or "itemid":
                return UrlKind.Single;
            case "data" when tag.Name == "object":
                return UrlKind.Single;
            case "srcset" or "imagesrcset":
                return UrlKind.SrcSet;
            case "ping" or "archive":
                return UrlKind.SpaceList;
            case "style":
                return UrlKind.Css;
            case "content" when tag.Name == "meta":
                if (ValueOf(tag, "http-equiv", html)?.Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase) == true)
                    return UrlKind.Refresh;
                var property = (ValueOf(tag, "property", html) ?? ValueOf(tag, "name", html) ?? ValueOf(tag, "itemprop", html))?.Trim().ToLowerInvariant();
                return property is not null && UrlMetaNames().IsMatch(property) ? UrlKind.Single : UrlKind.None;
        }
        return name.StartsWith("data-", StringComparison.Ordinal) && DataUrlName().IsMatch(name) ? UrlKind.Single : UrlKind.None;
    }

    private static string? ValueOf(HtmlTag tag, string name, string html) =>
        tag.Attribute(name) is { HasValue: true } a ? WebUtility.HtmlDecode(html[a.ValueStart..a.ValueEnd]) : null;

    private static string? RewriteValue(UrlKind kind, string value, UrlMap map) => kind switch
    {
        UrlKind.Single => UrlText.MapTrimmed(value, map),
        UrlKind.SrcSet => RewriteSrcSet(value, map),
        UrlKind.SpaceList => RewriteSpaceList(value, map),
        UrlKind.Refresh => RewriteRefresh(value, map),
        UrlKind.Css => CssUrls.Instance.Rewrite(value, map),
        _ => null,
    };

    /// <summary>Image candidates: <c>url [descriptor], url [descriptor]</c>.</summary>
    private static string RewriteSrcSet(string value, UrlMap map)
    {
        var edits = new TextEdits(value);
        var p = 0;
        while (p < value.Length)
        {
            while (p < value.Length && (UrlText.IsSpace(value[p]) || value[p] == ',')) p++;
            var start = p;
            while (p < value.Length && !UrlText.IsSpace(value[p])) p++;
            var end = p;
            while (end > start && value[end - 1] == ',') end--;
            if (end > start && map(value[start..end]) is { } mapped) edits.Replace(start, end, mapped);
            if (end < p) continue;   // "url," ends the candidate
            var depth = 0;
            while (p < value.Length && (depth > 0 || value[p] != ','))
            {
                if (value[p] == '(') depth++;
                else if (value[p] == ')' && depth > 0) depth--;
                p++;
            }
        }
        return edits.ToString();
    }

    private static string RewriteSpaceList(string value, UrlMap map)
    {
        var edits = new TextEdits(value);
        foreach (Match m in NonSpace().Matches(value))
            if (map(m.Value) is { } mapped) edits.Replace(m.Index, m.Index + m.Length, mapped);
        return edits.ToString();
    }

    private static string? RewriteRefresh(string value, UrlMap map)
    {
        var m = RefreshPattern().Match(value);
        if (!m.Success || m.Groups["url"].Length == 0) return null;
        var url = m.Groups["url"];
        return map(url.Value) is { } mapped ? value[..url.Index] + mapped + value[(url.Index + url.Length)..] : null;
    }

    /// <summary>
    /// The new attribute source: a URL put in front of the old value keeps the old value's source as it was
    /// (character references included); otherwise the value is written with '&amp;' and its quote escaped, and an
    /// unquoted value that now needs quotes gets them.
    /// </summary>
    private static (int Start, int End, string Text) Encode(HtmlAttribute attribute, string raw, string value, string rewritten)
    {
        if (raw.Contains('&') && rewritten.EndsWith(value, StringComparison.Ordinal))
            return (attribute.ValueStart, attribute.ValueStart, Escape(rewritten[..^value.Length], attribute.Quote == '\0' ? '"' : attribute.Quote));
        if (attribute.Quote != '\0')
            return (attribute.ValueStart, attribute.ValueEnd, Escape(rewritten, attribute.Quote));
        return rewritten.Length > 0 && !rewritten.Any(c => UrlText.IsSpace(c) || c is '"' or '\'' or '=' or '<' or '>' or '`')
            ? (attribute.ValueStart, attribute.ValueEnd, Escape(rewritten, '"'))
            : (attribute.ValueStart, attribute.ValueEnd, "\"" + Escape(rewritten, '"') + "\"");
    }

    private static string Escape(string value, char quote) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace(quote == '\'' ? "'" : "\"", quote == '\'' ? "&#39;" : "&quot;", StringComparison.Ordinal);

    [GeneratedRegex(@"^(og:(url|image|image:url|image:secure_url|audio|audio:url|audio:secure_url|video|video:url|video:secure_url)|twitter:(image|image:src|url|player)|url|image|thumbnailurl|contenturl)$")]
    private static partial Regex UrlMetaNames();

    [GeneratedRegex(@"^data-(.*-)?(url|href|src|path)$")]
    private static partial Regex DataUrlName();

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();

    // "5", "0; url=/x/", "0;URL='/x/'", "0, /x/": the URL follows the delay, an optional "url=" and an optional quote.
    [GeneratedRegex(@"^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(?<q>['""]?)(?<url>[^'""]*?)\k<q>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshPattern();
}
