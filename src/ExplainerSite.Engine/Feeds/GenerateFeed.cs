using System.Collections.Immutable;
using System.ServiceModel.Syndication;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Feeds;

/// <summary>
/// Adds an Atom 1.0 feed at <paramref name="destination"/>, built from the <see cref="AtomFeed"/> that
/// <paramref name="feed"/> returns. Entries are ordered newest first (then by id) and only the newest
/// <paramref name="maxEntries"/> are kept, as feed readers expect (a feed is news, not an archive); the feed's
/// <c>updated</c> is the newest entry's, or the Unix epoch for an empty feed: never the build time, so building
/// twice gives the same bytes. When <paramref name="feed"/> returns null (a site with nothing to syndicate) no
/// feed is written. Runs in PostProcess.
/// </summary>
public sealed class GenerateFeed(Func<IExecutionContext, AtomFeed?> feed, string destination = "feed.xml", int maxEntries = GenerateFeed.DefaultMaxEntries) : IModule
{
    /// <summary>The feed's media type.</summary>
    public const string MediaType = "application/atom+xml";
    /// <summary>Entries kept by default.</summary>
    public const int DefaultMaxEntries = 20;

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (feed(context) is not { } spec) return Task.FromResult(inputs);
        var xml = Write(spec, maxEntries);
        return Task.FromResult(inputs.Add(new Document { Source = destination, Destination = destination, Content = xml }));
    }

    /// <summary>
    /// The Atom XML of <paramref name="spec"/> with its newest <paramref name="maxEntries"/> entries.
    /// </summary>
    public static string Write(AtomFeed spec, int maxEntries = DefaultMaxEntries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxEntries);
        var entries = spec.Entries
            .OrderByDescending(e => e.Published).ThenByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(maxEntries)
            .ToList();
        // SyndicationFeed writes the current time for an unset 'updated'; always set it.
        var updated = spec.Entries.Count == 0 ? DateTimeOffset.UnixEpoch : spec.Entries.Max(e => e.Updated);
        var syndication = new SyndicationFeed(spec.Title, spec.Subtitle, new Uri(spec.Url), spec.Id, updated)
        {
            Language = spec.Language,
            Items = entries.Select(Item).ToList(),
        };
        syndication.Links.Add(SyndicationLink.CreateSelfLink(new Uri(spec.SelfUrl), MediaType));
        syndication.Authors.Add(new SyndicationPerson(null, spec.Author.Name, spec.Author.Uri));
        return XmlText.Write(w => new Atom10FeedFormatter(syndication).WriteTo(w));
    }

    private static SyndicationItem Item(AtomEntry entry)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Summary),
            PublishDate = entry.Published,
            LastUpdatedTime = entry.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url), "text/html"));
        return item;
    }
}
