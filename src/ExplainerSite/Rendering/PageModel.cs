using ExplainerSite.Citations;
using Pipework.Content;
using Pipework.Documents;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Model;
using ExplainerSite.Rendering.Pages;

namespace ExplainerSite.Rendering;

/// <summary>
/// What templates see as <c>page</c>: title, description, URL, breadcrumbs, table of contents, dates, reading
/// time, the page's numbered references, and what its layout needs from the data (see <see cref="Pages"/>).
/// </summary>
public static class PageModel
{
    public const int WordsPerMinute = 220;

    public static IReadOnlyDictionary<string, object?> Variables(Document document, IExecutionContext context) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = SiteModel.Get(context),
            ["page"] = Build(document, context),
        };

    public static int ReadingMinutes(Document document) =>
        Math.Max(1, (int)Math.Ceiling(document.Get<int>(Keys.WordCount) / (double)WordsPerMinute));

    public static Dictionary<string, object?> Build(Document document, IExecutionContext context)
    {
        var data = context.SiteData();
        // Data rendered after the body continues the body's reference numbers.
        var numbering = document.Get<CitationNumbering>(ResolveCitations.Citations)?.Clone() ?? new CitationNumbering();
        var page = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = document.Get<string>(SiteKeys.Title),
            ["description"] = document.Get<string>(SiteKeys.Description),
            ["url"] = document.Url,
            ["kind"] = document.Get<string>(SiteKeys.Kind),
            ["layout"] = document.Get<string>(Keys.Layout),
            ["breadcrumbs"] = Breadcrumbs(document, context),
            ["toc"] = Toc(document),
            ["readingMinutes"] = ReadingMinutes(document),
            ["wordCount"] = document.Get<int>(Keys.WordCount),
            ["published"] = null,
            ["publishedLabel"] = null,
            ["updated"] = null,
            ["updatedLabel"] = null,
            ["draft"] = false,
            ["updates"] = new List<object?>(),
            ["downloads"] = new List<object?>(),
        };
        if (document.Get<ExplainerFrontMatter>(SiteKeys.Front) is { } explainer)
        {
            page["published"] = explainer.Published;
            page["publishedLabel"] = DateText.Format(explainer.Published);
            page["updated"] = explainer.Updated;
            page["updatedLabel"] = explainer.Updated is null ? null : DateText.Format(explainer.Updated);
            page["draft"] = explainer.Draft;
            page["updates"] = explainer.Updates.Select(u => (object?)new Dictionary<string, object?>
            {
                ["date"] = u.Date,
                ["dateLabel"] = DateText.Format(u.Date),
                ["changeHtml"] = Html.InlineMarkdown(u.Change),
            }).ToList();
        }
        else if (document.Get<PageFrontMatter>(SiteKeys.Front) is { } front)
        {
            page["draft"] = front.Draft;
        }
        // Every declared front matter key, the site's own included.
        page["fields"] = (document.Get<ExplainerFrontMatter>(SiteKeys.Front)?.Values ?? document.Get<PageFrontMatter>(SiteKeys.Front)?.Values)?.ToTemplate();
        var siteUrl = Publishing.SiteUrls.Base(context);
        page["citation"] =
            Citing.PageCitation.For(document, data, context, data.Settings.Title, siteUrl, DateText.Format);
        HeadData.Add(page, document, context);
        LayoutData.Add(page, document, data, numbering);
        page["references"] = ReferenceList.Build(numbering, data);
        // Every declared front-matter field is readable too, under its YAML name; an optional one that is absent
        // reads as empty, so {% if page.updated %} works while a misspelt name stays an error (docs/theme.md).
        if (page["fields"] is IDictionary<string, object?> fields)
            foreach (var (key, value) in fields) page.TryAdd(key, value);
        return page;
    }

    private static List<object?> Toc(Document document) =>
        [.. (document.Get<System.Collections.Immutable.ImmutableArray<Heading>>(Keys.Headings) is { IsDefault: false } headings ? headings : [])
            .Where(h => h.Level is 2 or 3 && h.Id.Length > 0)
            .Select(h => (object?)new Dictionary<string, object?> { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text })];

    private static List<object?> Breadcrumbs(Document document, IExecutionContext context)
    {
        var titles = SiteModel.Titles(context);
        var crumbs = new List<object?>();
        var url = document.Url;
        if (url == "/" || url.Length == 0) return crumbs;
        crumbs.Add(new Dictionary<string, object?> { ["title"] = "Home", ["url"] = "/" });
        var segments = url.Trim('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = "/" + string.Join('/', segments[..i]) + "/";
            if (titles.TryGetValue(parent, out var title))
                crumbs.Add(new Dictionary<string, object?> { ["title"] = title, ["url"] = parent });
        }
        return crumbs;
    }
}
