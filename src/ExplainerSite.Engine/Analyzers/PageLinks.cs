using System.Collections.Immutable;
using System.Net;
using Pipework.Finalize;

namespace Pipework.Analyzers;

/// <summary>What the link checker reads from a page's final HTML: its anchors (ids and named anchors) and its references.</summary>
public sealed record PageLinks(ImmutableHashSet<string> Anchors, ImmutableArray<LinkReference> References)
{
    /// <summary>
    /// Reads the start tags in document order with the engine's tokenizer (<see cref="HtmlTags"/>: comments and
    /// the content of script, style, title, textarea … are not markup), attribute values with their character
    /// references decoded: every <c>id</c> and <c>a[name]</c>, and the references of
    /// <c>a[href], area[href], link[href], img, script[src], source[src]</c>. It builds no DOM: a page's links
    /// are read in a fraction of the time a full HTML parser takes, which matters at thousands of pages.
    /// </summary>
    public static PageLinks Read(string html)
    {
        var anchors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var names = new List<string>();
        var references = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var tag in HtmlTags.Scan(html))
        {
            if (Value(tag, "id", html) is { } id) anchors.Add(id);
            if (tag.Name == "a" && Value(tag, "name", html) is { } name) names.Add(name);
            var (value, kind) = tag.Name switch
            {
                "a" or "area" => (Value(tag, "href", html), LinkKind.Page),
                "link" => (Value(tag, "href", html),
                    (Value(tag, "rel", html) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("stylesheet", StringComparer.OrdinalIgnoreCase)
                        ? LinkKind.Stylesheet : LinkKind.File),
                "img" => (Value(tag, "src", html), LinkKind.Image),
                "script" => (Value(tag, "src", html), LinkKind.Script),
                "source" => (Value(tag, "src", html), LinkKind.File),
                _ => (null, LinkKind.File),
            };
            var missingAlt = tag.Name == "img"
                && string.IsNullOrWhiteSpace(Value(tag, "alt", html))
                && Value(tag, "role", html) is not ("presentation" or "none")
                && Value(tag, "aria-hidden", html) != "true";
            if (value is null && !missingAlt) continue;
            references.Add(new LinkReference(tag.Name, (value ?? "").Trim(), kind, missingAlt));
        }
        anchors.UnionWith(names);
        return new PageLinks(anchors.ToImmutable(), references.ToImmutable());
    }

    /// <summary>An attribute's value with character references decoded ("" for a bare name), or null when the tag has none.</summary>
    private static string? Value(HtmlTag tag, string name, string html)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name != name) continue;
            if (!attribute.HasValue) return "";
            var raw = html.AsSpan(attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart);
            return raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
        }
        return null;
    }
}
