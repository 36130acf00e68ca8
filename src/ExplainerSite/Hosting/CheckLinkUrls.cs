using ExplainerSite.Citations;
using Pipework.Content;
using Pipework.Content.SafeUrls;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.Pipelines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExplainerSite.Hosting;

/// <summary>
/// Reports every link, autolink and image in a Markdown body whose URL is not safe (<c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c> …; see <see cref="SafeUrl"/>) as ES2013 at the URL's line and column, so an
/// editor learns of it; the renderer would only neutralise it to <c>#</c>.
/// </summary>
public sealed class CheckLinkUrls : IMarkdownProcessor
{
    public IEnumerable<KeyValuePair<string, object?>> Process(MarkdownDocument markdown, Document document, IExecutionContext context)
    {
        var firstLine = document.Get<int>(Keys.ContentLine);
        var errors = new List<Diagnostic>();
        foreach (var inline in markdown.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline auto => auto.Url,
                _ => null,
            };
            if (url is null || SafeUrl.IsSafe(url)) continue;
            var (line, column) = inline is LinkInline { UrlSpan: { IsEmpty: false } span } && span.Start < document.Content.Length
                ? Position(document.Content, span.Start)
                : (inline.Line, inline.Column);
            errors.Add(SiteErrors.InsecureLink.At(document.Source, firstLine + line, column + 1, url));
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return [];
    }

    /// <summary>The check reads only the Markdown, so a cached render of the same body stays valid.</summary>
    public string? CacheKey(Document document, IExecutionContext context) => nameof(CheckLinkUrls);

    /// <summary>0-based line and column of an offset in the body.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        return (line, offset - lineStart);
    }
}
