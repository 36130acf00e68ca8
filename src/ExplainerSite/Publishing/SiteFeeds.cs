using System.Globalization;
using Pipework.Documents;
using Pipework.Feeds;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;

namespace ExplainerSite.Publishing;

/// <summary>What this site puts in its sitemap, robots.txt and Atom feed. Dates come from front matter only.</summary>
public static class SiteFeeds
{
    public const string SitemapFile = "sitemap.xml";
    public const string FeedFile = "feed.xml";

    /// <summary>Pages that have a canonical address and belong in the sitemap: all but the 404 page.</summary>
    public static bool IsIndexable(Document document) => document.Get<string>(SiteKeys.Kind) != PageKinds.NotFound;

    /// <summary>An explainer's updated date, else its published date; unknown (null) for other pages.</summary>
    public static string? LastModified(Document document) =>
        document.Get<ExplainerFrontMatter>(SiteKeys.Front) is { } e ? e.Updated ?? e.Published : null;

    public static string SitemapUrl(IExecutionContext context) => SiteUrls.Absolute(context, "/" + SitemapFile);

    /// <summary>The Atom feed of the explainers: one entry each, dated from front matter; null for a site without explainers.</summary>
    public static AtomFeed? ExplainerFeed(IExecutionContext context)
    {
        var settings = context.SiteData().Settings;
        var home = SiteUrls.Absolute(context, "/");
        var entries = context.OutputsOf(PipelineNames.Explainers)
            .Select(d => (Doc: d, Front: d.GetRequired<ExplainerFrontMatter>(SiteKeys.Front)))
            .Select(e => new AtomEntry(
                Id: SiteUrls.Absolute(context, e.Doc.Url),
                Title: e.Front.Title,
                Url: SiteUrls.Absolute(context, e.Doc.Url),
                Summary: e.Front.Description,
                Published: Date(e.Front.Published),
                Updated: Date(e.Front.Updated ?? e.Front.Published)))
            .ToList();
        if (entries.Count == 0) return null;
        return new AtomFeed
        {
            Id = SiteUrls.Absolute(context, "/explainers/"),
            Title = settings.Title,
            Subtitle = settings.Description,
            Url = SiteUrls.Absolute(context, "/explainers/"),
            SelfUrl = SiteUrls.Absolute(context, "/" + FeedFile),
            Author = new AtomPerson(settings.Title, home),
            Language = settings.Language,
            Entries = entries,
        };
    }

    /// <summary>A front-matter date (YYYY-MM-DD, validated at Input) as midnight UTC.</summary>
    public static DateTimeOffset Date(string date) =>
        new(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
