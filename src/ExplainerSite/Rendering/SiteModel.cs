using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>What templates see as <c>site</c>: settings, navigation, the explainers in reading order, all data.</summary>
public static class SiteModel
{
    public static IReadOnlyDictionary<string, object?> Get(IExecutionContext context) =>
        context.Shared("site-model", () => Build(context));

    /// <summary>Titles of every page by URL, for breadcrumbs.</summary>
    public static IReadOnlyDictionary<string, string> Titles(IExecutionContext context) =>
        context.Shared("page-titles", () => context.AllOutputs()
            .Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal) && d.Get<string>(SiteKeys.Title) is not null)
            .GroupBy(d => d.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().GetRequired<string>(SiteKeys.Title), StringComparer.Ordinal));

    private static Dictionary<string, object?> Build(IExecutionContext context)
    {
        var data = context.SiteData();
        var s = data.Settings;
        var explainers = context.OutputsOf(PipelineNames.Explainers)
            .Select(d => (Doc: d, Front: d.GetRequired<ExplainerFrontMatter>(SiteKeys.Front)))
            .OrderBy(e => e.Front.Order).ThenBy(e => e.Front.Title, StringComparer.Ordinal).ThenBy(e => e.Doc.Source, StringComparer.Ordinal)
            .Select(e => (object?)new Dictionary<string, object?>
            {
                ["title"] = e.Front.Title,
                ["description"] = e.Front.Description,
                ["url"] = e.Doc.Url,
                ["order"] = e.Front.Order,
                ["published"] = e.Front.Published,
                ["publishedLabel"] = DateText.Format(e.Front.Published),
                ["readingMinutes"] = PageModel.ReadingMinutes(e.Doc),
            }).ToList();
        var comparisons = context.OutputsOf(PipelineNames.Comparisons)
            .Where(d => d.Get<string>(SiteKeys.Kind) == "comparison")
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .Select(d => (object?)new Dictionary<string, object?>
            {
                ["title"] = d.Get<string>(SiteKeys.Title),
                ["description"] = d.Get<string>(SiteKeys.Description),
                ["url"] = d.Url,
            }).ToList();
        // Every collection's records as plain values (declared fields, references as ids), by collection name.
        var dataValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var collection in data.Declarations)
            dataValues[collection.Name] = data.RecordsOf(collection.Name).Select(r => (object?)r.Values.ToTemplate()).ToList();
        foreach (var (key, value) in data.Extra) dataValues[key] = value;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = s.Title,
            ["description"] = s.Description,
            ["url"] = Publishing.SiteUrls.Base(context),
            ["language"] = s.Language,
            ["locale"] = s.Language.Replace('-', '_'),
            ["navigation"] = TemplateValues.From(s.Navigation),
            ["licence"] = s.Licence is null
                ? null
                : new Dictionary<string, object?> { ["name"] = s.Licence.Name, ["url"] = s.Licence.Url.Value },
            // The period the site covers, computed from the declared collection's latest date (site.yml coverage).
            ["coverage"] = Freshness.CoveredPeriod.Of(data) is { } coverage
                ? new Dictionary<string, object?>
                {
                    ["from"] = coverage.From,
                    ["fromLabel"] = DateText.Format(coverage.From),
                    ["through"] = coverage.Through,
                    ["label"] = DateText.Format(coverage.Through),
                    ["precision"] = coverage.Precision,
                }
                : null,
            ["checked"] = s.Checked?.Value,
            ["checkedLabel"] = s.Checked is { } check ? DateText.Format(check.Value) : null,
            ["explainers"] = explainers,
            ["comparisons"] = comparisons,
            // The Atom feed's address; null when the site has no explainers and so no feed.
            ["feed"] = explainers.Count > 0 ? "/" + Publishing.SiteFeeds.FeedFile : null,
            // "/assets/site.css" → "/assets/site.3f2a9c1b4d.css": pages written with the final names need no rewriting
            // afterwards, which would otherwise hold a second copy of every page in memory.
            ["assets"] = Hosting.SiteTransforms.Fingerprint.HashedUrls(context.OutputsOf(PipelineNames.Assets), context),
            ["data"] = dataValues,
            // Each page's Content-Security-Policy for its <meta http-equiv> (hosts that cannot send headers).
            ["csp"] = Hosting.SecurityPolicy.TemplateValues(),
        };
    }
}
