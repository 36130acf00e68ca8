using System.Xml.Linq;
using Pipework.Feeds;

namespace ExplainerSite.Tests.Engine;

/// <summary>The Atom feed carries the newest entries only, and is dated by its content.</summary>
public sealed class GenerateFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static AtomFeed Feed(int entries) => new()
    {
        Id = "https://example.org/explainers/",
        Title = "Site",
        Subtitle = "About",
        Url = "https://example.org/explainers/",
        SelfUrl = "https://example.org/feed.xml",
        Author = new AtomPerson("Site", "https://example.org/"),
        Language = "en",
        Entries = [.. Enumerable.Range(1, entries).Select(i => new AtomEntry(
            $"https://example.org/e{i}/", $"Entry {i}", $"https://example.org/e{i}/", $"Summary {i}",
            new DateTimeOffset(2025, 1, i, 0, 0, 0, TimeSpan.Zero),
            // The oldest entry was updated last: the feed's date still comes from it though it is not listed.
            i == 1 ? new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2025, 1, i, 0, 0, 0, TimeSpan.Zero)))],
    };

    [Fact]
    public void Only_the_newest_entries_are_written_newest_first()
    {
        var xml = XDocument.Parse(GenerateFeed.Write(Feed(25), maxEntries: 3));

        var titles = xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(["Entry 25", "Entry 24", "Entry 23"], titles);
        Assert.Equal("2025-06-01T00:00:00Z", xml.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void The_default_keeps_twenty()
    {
        var xml = XDocument.Parse(GenerateFeed.Write(Feed(25)));

        Assert.Equal(GenerateFeed.DefaultMaxEntries, xml.Root!.Elements(Atom + "entry").Count());
        Assert.Equal(20, GenerateFeed.DefaultMaxEntries);
    }
}
