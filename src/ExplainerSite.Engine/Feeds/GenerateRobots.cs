using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Feeds;

/// <summary>Adds <c>robots.txt</c>: every crawler may read everything, and the sitemap is at <paramref name="sitemapUrl"/> (absolute).</summary>
public sealed class GenerateRobots(Func<IExecutionContext, string> sitemapUrl, string destination = "robots.txt") : IModule
{
    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var text = $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl(context)}\n";
        return Task.FromResult(inputs.Add(new Document { Source = destination, Destination = destination, Content = text }));
    }
}
