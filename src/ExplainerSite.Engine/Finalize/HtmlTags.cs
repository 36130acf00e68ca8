using System.Collections.Immutable;

namespace Pipework.Finalize;

/// <summary>An attribute of a start tag as written: its lower-case name and where its value is in the source.</summary>
/// <param name="Quote">'"' or '\'' for a quoted value, '\0' for an unquoted one; <see cref="HasValue"/> is false for a bare name.</param>
/// <param name="Name">The attribute's lower-case name.</param>
/// <param name="ValueStart">Where the value starts in the source; -1 for a bare name.</param>
/// <param name="ValueEnd">Where the value ends.</param>
public sealed record HtmlAttribute(string Name, int ValueStart, int ValueEnd, char Quote)
{
    /// <summary>False for a bare attribute name without a value.</summary>
    public bool HasValue => ValueStart >= 0;
}

/// <summary>A start tag as written: lower-case name, its attributes, and for raw-text elements (script, style …) the content's span.</summary>
public sealed record HtmlTag(string Name, int Start, int End, ImmutableArray<HtmlAttribute> Attributes, int ContentStart = -1, int ContentEnd = -1)
{
    /// <summary>The attribute <paramref name="name"/> (lower case), or null.</summary>
    public HtmlAttribute? Attribute(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name == name) return attribute;
        return null;
    }
}

/// <summary>
/// Finds the start tags of an HTML document with the exact position of every attribute value, following the
/// HTML tokenizer: comments, doctypes and CDATA are skipped, and the content of raw-text elements (script,
/// style, textarea, title …) is not read as markup, except inside svg and math, where the tokenizer does not
/// switch. It only reads; rewriting by position keeps every other byte of the page as it was.
/// </summary>
public static class HtmlTags
{
    private static readonly ImmutableHashSet<string> RawText =
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea", "plaintext"];

    /// <summary>Every start tag of <paramref name="html"/>, outside comments, scripts and styles.</summary>
    public static List<HtmlTag> Scan(string html)
    {
        var tags = new List<HtmlTag>();
        // One builder for the whole scan: each tag then allocates only its own exact-size attribute array.
        var attributes = ImmutableArray.CreateBuilder<HtmlAttribute>();
        var foreignDepth = 0;
        var i = 0;
        var n = html.Length;
        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            var next = html[lt + 1];
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                i = CommentEnd(html, lt + 4);
            }
            else if (next == '!' || next == '?')
            {
                if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
                {
                    var close = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                    i = close < 0 ? n : close + 3;
                }
                else
                {
                    var close = html.IndexOf('>', lt + 2);
                    i = close < 0 ? n : close + 1;
                }
            }
            else if (next == '/' && lt + 2 < n && char.IsAsciiLetter(html[lt + 2]))
            {
                var (name, _, end, _) = ReadTag(html, lt + 2, attributes);
                if (name is "svg" or "math" && foreignDepth > 0) foreignDepth--;
                i = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, tagAttributes, end, selfClosing) = ReadTag(html, lt + 1, attributes);
                if (foreignDepth == 0 && RawText.Contains(name))
                {
                    var close = name == "plaintext" ? n : FindEndTag(html, name, end);
                    tags.Add(new HtmlTag(name, lt, end, tagAttributes, end, close));
                    i = close;
                    continue;
                }
                tags.Add(new HtmlTag(name, lt, end, tagAttributes));
                if (name is "svg" or "math" && !selfClosing) foreignDepth++;
                i = end;
            }
            else
            {
                i = lt + 1;
            }
        }
        return tags;
    }

    private static int CommentEnd(string html, int start)
    {
        // "<!-->" and "<!--->" are (empty) comments too.
        if (start < html.Length && html[start] == '>') return start + 1;
        if (start + 1 < html.Length && html[start] == '-' && html[start + 1] == '>') return start + 2;
        var close = html.IndexOf("-->", start, StringComparison.Ordinal);
        return close < 0 ? html.Length : close + 3;
    }

    /// <summary>Reads a tag from its name to after its '&gt;'.</summary>
    private static (string Name, ImmutableArray<HtmlAttribute> Attributes, int End, bool SelfClosing) ReadTag(string html, int p, ImmutableArray<HtmlAttribute>.Builder attributes)
    {
        var n = html.Length;
        var nameStart = p;
        while (p < n && !UrlText.IsSpace(html[p]) && html[p] != '/' && html[p] != '>') p++;
        var name = Name(html.AsSpan(nameStart, p - nameStart));
        attributes.Clear();
        var selfClosing = false;
        while (p < n)
        {
            while (p < n && UrlText.IsSpace(html[p])) p++;
            if (p >= n) break;
            if (html[p] == '>') return (name, Take(attributes), p + 1, selfClosing);
            if (html[p] == '/')
            {
                p++;
                selfClosing = p < n && html[p] == '>';
                continue;
            }
            selfClosing = false;
            var attrStart = p++;   // the first character of a name may be '='
            while (p < n && !UrlText.IsSpace(html[p]) && html[p] is not '/' and not '>' and not '=') p++;
            var attrName = Name(html.AsSpan(attrStart, p - attrStart));
            while (p < n && UrlText.IsSpace(html[p])) p++;
            if (p >= n || html[p] != '=')
            {
                attributes.Add(new HtmlAttribute(attrName, -1, -1, '\0'));
                continue;
            }
            p++;
            while (p < n && UrlText.IsSpace(html[p])) p++;
            if (p < n && html[p] is '"' or '\'')
            {
                var quote = html[p];
                var close = html.IndexOf(quote, p + 1);
                if (close < 0) close = n;
                attributes.Add(new HtmlAttribute(attrName, p + 1, close, quote));
                p = Math.Min(close + 1, n);
            }
            else
            {
                var valueStart = p;
                while (p < n && !UrlText.IsSpace(html[p]) && html[p] != '>') p++;
                attributes.Add(new HtmlAttribute(attrName, valueStart, p, '\0'));
            }
        }
        return (name, Take(attributes), n, selfClosing);
    }

    private static ImmutableArray<HtmlAttribute> Take(ImmutableArray<HtmlAttribute>.Builder attributes) =>
        attributes.Count == 0 ? [] : attributes.ToImmutable();

    /// <summary>Common tag and attribute names, so scanning a page does not allocate a string for each of them.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            "a", "abbr", "alt", "area", "aria-current", "aria-hidden", "aria-label", "aria-labelledby", "article", "aside", "b",
            "blockquote", "body", "br", "button", "caption", "charset", "cite", "class", "code", "col", "colspan", "content", "dd",
            "datetime", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "head", "header", "height", "hidden", "hr", "href", "html", "i", "id", "img", "input", "lang", "li", "link", "main",
            "meta", "name", "nav", "ol", "p", "path", "pre", "property", "q", "rect", "rel", "role", "rowspan", "scope",
            "script", "section", "small", "source", "span", "src", "strong", "style", "sup", "sub", "svg", "tabindex", "table",
            "tbody", "td", "text", "th", "thead", "time", "title", "tr", "type", "ul", "viewbox", "width")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name lower-cased, as a shared string when it is a common one.</summary>
    private static string Name(ReadOnlySpan<char> name)
    {
        if (KnownNames.TryGetValue(name, out var known)) return known;
        return name.ToString().ToLowerInvariant();
    }

    /// <summary>The start of <c>&lt;/name</c> followed by white space, '/' or '&gt;' (any case), or the end of the text.</summary>
    private static int FindEndTag(string html, string name, int from)
    {
        var p = from;
        while (true)
        {
            var lt = html.IndexOf("</", p, StringComparison.Ordinal);
            if (lt < 0) return html.Length;
            var after = lt + 2 + name.Length;
            if (after <= html.Length && string.Compare(html, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == html.Length || UrlText.IsSpace(html[after]) || html[after] is '/' or '>'))
                return lt;
            p = lt + 2;
        }
    }
}
