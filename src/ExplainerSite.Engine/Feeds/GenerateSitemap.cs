using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Feeds;

/// <summary>
/// Adds <c>sitemap.xml</c> (sitemaps.org 0.9): the absolute URL of every HTML document of every pipeline that
/// <paramref name="include"/> accepts, sorted by URL, with <c>lastmod</c> where <paramref name="lastModified"/>
/// knows a date. Never the build time, so the file changes only when content does. Runs in PostProcess.
/// </summary>
public sealed class GenerateSitemap(
    Func<IExecutionContext, string> siteUrl,
    Func<Document, string?> lastModified,
    Func<Document, bool>? include = null,
    string destination = "sitemap.xml") : IModule
{
    /// <summary>The sitemap XML namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var root = siteUrl(context).TrimEnd('/');
        var pages = context.AllOutputs()
            .Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal) && (include?.Invoke(d) ?? true))
            .Select(d => (Url: root + XmlText.EscapePath(d.Url), LastModified: lastModified(d)))
            .OrderBy(p => p.Url, StringComparer.Ordinal).ThenBy(p => p.LastModified, StringComparer.Ordinal)
            .ToList();
        var xml = XmlText.Write(w =>
        {
            w.WriteStartElement("urlset", Namespace);
            foreach (var (url, modified) in pages)
            {
                w.WriteStartElement("url", Namespace);
                w.WriteElementString("loc", Namespace, url);
                if (modified is not null) w.WriteElementString("lastmod", Namespace, modified);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
        return Task.FromResult(inputs.Add(new Document { Source = destination, Destination = destination, Content = xml }));
    }
}
