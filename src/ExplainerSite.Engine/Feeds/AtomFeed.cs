namespace Pipework.Feeds;

/// <summary>What <see cref="GenerateFeed"/> writes: an Atom feed. URLs are absolute.</summary>
public sealed record AtomFeed
{
    /// <summary>A permanent IRI for the feed, usually the site's home URL.</summary>
    public required string Id { get; init; }
    /// <summary>The feed's title.</summary>
    public required string Title { get; init; }
    /// <summary>The feed's subtitle, if any.</summary>
    public string? Subtitle { get; init; }
    /// <summary>The HTML page the feed mirrors (<c>rel="alternate"</c>).</summary>
    public required string Url { get; init; }
    /// <summary>Where the feed itself is served (<c>rel="self"</c>).</summary>
    public required string SelfUrl { get; init; }
    /// <summary>Who publishes the feed.</summary>
    public required AtomPerson Author { get; init; }
    /// <summary>The feed's language (<c>xml:lang</c>), e.g. <c>en</c>.</summary>
    public string? Language { get; init; }
    /// <summary>The entries, in any order (the feed sorts them newest first).</summary>
    public IReadOnlyList<AtomEntry> Entries { get; init; } = [];
}

/// <summary>An Atom person: a name and an optional address.</summary>
/// <param name="Name">The name.</param>
/// <param name="Uri">The address, if any.</param>
public sealed record AtomPerson(string Name, string? Uri = null);

/// <summary>One entry; <paramref name="Id"/> is a permanent IRI, usually the entry's absolute URL.</summary>
public sealed record AtomEntry(string Id, string Title, string Url, string Summary, DateTimeOffset Published, DateTimeOffset Updated);
