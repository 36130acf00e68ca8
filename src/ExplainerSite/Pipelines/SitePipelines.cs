using ExplainerSite.Citations;
using Pipework.Content;
using Pipework.Control;
using Pipework.Feeds;
using Pipework.IO;
using Pipework.Metadata;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Modules;
using ExplainerSite.Publishing;
using ExplainerSite.Rendering;
using ExplainerSite.Terms;
using Markdig;
using ExplainerSite.Rendering.Charts.Markdown;

namespace ExplainerSite.Pipelines;

/// <summary>This site's pipelines, declared as data. The engine decides what runs when.</summary>
public static class SitePipelines
{
    private static readonly MarkdownPipeline Markdown = MarkdownPipelines.CreateBuilder().UsePandocCitations().UseTermLinks()
        .UseCharts().Build();

    private static IReadOnlySet<string> KnownSources(IExecutionContext context) =>
        context.Shared<IReadOnlySet<string>>("source-ids", () =>
        {
            var data = context.SiteData();
            // Without a readable bibliography every citation would be an error that only repeats that one.
            return data.SourcesLoaded
                ? data.RecordsOf(data.Bibliography?.Name).Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
                : AnySource.Instance;
        });

    /// <summary>site.yml's <c>permalinks.explainers</c>; the default when it is not given or not usable (then already an error).</summary>
    private static Permalink ExplainerPermalink(IExecutionContext context) =>
        context.Shared("explainer-permalink", () =>
        {
            var pattern = context.SiteData().Settings.Permalinks?.Explainers?.Value;
            return Permalink.Parse(pattern is not null && Permalink.Problem(pattern) is null ? pattern : Permalinks.DefaultExplainers);
        });

    private static IMarkdownProcessor[] CitedMarkdownProcessors() =>
        [new ResolveCharts(), new ResolveCitations(KnownSources), new Hosting.CheckLinkUrls()];

    private static RenderMarkdown RenderCitedMarkdown() =>
        new(Markdown, CitedMarkdownProcessors());

    /// <summary>An explainer's body: cited Markdown whose first use of each glossary term links to its entry.</summary>
    private static RenderMarkdown RenderExplainerMarkdown() =>
        new(Markdown, [.. CitedMarkdownProcessors(), new LinkTermUses()]);

    /// <summary>Markdown inside a YAML value (a comparison's intro): the same processors, problems at the file's line and column.</summary>
    private static RenderMarkdown RenderCitedIntro() =>
        new(Markdown, new PositionIntroProblems(CitedMarkdownProcessors()));

    public static IReadOnlyList<Pipeline> All() =>
    [
        new(PipelineNames.Data)
        {
            Input = [new ReadFiles(SourceRoot.Input, ["**/*.yml", "**/*.yaml"])],
            Process = [new CollectSiteData()],
        },
        new(PipelineNames.Explainers)
        {
            Dependencies = [PipelineNames.Data],
            Input = [new ReadFiles(SourceRoot.Input, ["explainers/*.md"], ["explainers/index.md"])],
            Process =
            [
                new ExtractFrontMatter(), new BindFrontMatter(CollectionRole.Articles), new ValidateFrontMatter(),
                new FilterDrafts(), new SetPageMetadata("explainer"), RenderExplainerMarkdown(), new SetDestination(ExplainerPermalink),
            ],
            PostProcess = [new RenderTemplate(PageModel.Variables)],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Pages)
        {
            Dependencies = [PipelineNames.Data],
            Input =
            [
                new ReadFiles(SourceRoot.Input, ["**/*.md"], ["explainers/*.md", "assets/**"]),
                new ReadFiles(SourceRoot.Input, ["explainers/index.md"]),
            ],
            Process =
            [
                new ExtractFrontMatter(), new BindFrontMatter(CollectionRole.Pages), new ValidateFrontMatter(),
                new FilterDrafts(), new SetPageMetadata("page"), RenderCitedMarkdown(), new SetDestination(),
            ],
            PostProcess = [new RenderTemplate(PageModel.Variables)],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Records)
        {
            Dependencies = [PipelineNames.Data],
            Process = [new GenerateRecordPages()],
            PostProcess = [new RenderTemplate(PageModel.Variables)],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Comparisons)
        {
            Dependencies = [PipelineNames.Data],
            // Every YAML file: those of a collection with role 'comparisons' become pages, the others are dropped.
            Input = [new ReadFiles(SourceRoot.Input, ["**/*.yml", "**/*.yaml"])],
            Process =
            [
                new GenerateComparisonPages(), RenderCitedIntro(),
                new GenerateComparisonDownloads(), new GenerateComparisonIndex(),
            ],
            PostProcess = [new RenderTemplate(PageModel.Variables)],
            Output = [new WriteFiles()],
        },
        Citing.CitingPipeline.Create(SiteUrls.Base, Rendering.Pages.ListPages.Sorted),
        new(PipelineNames.Assets)
        {
            Input = [new CopyFiles(SourceRoot.Theme, "assets", "assets"), new CopyFiles(SourceRoot.Input, "assets", "assets")],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Feeds)
        {
            // The built-in 404 page (a theme without one) names the site.
            Dependencies = [PipelineNames.Data],
            Process = [new CreateDocuments(NotFoundPage.Create)],
            PostProcess =
            [
                new RenderTemplate(PageModel.Variables),
                new GenerateSitemap(SiteUrls.Base, SiteFeeds.LastModified, SiteFeeds.IsIndexable, SiteFeeds.SitemapFile),
                new GenerateRobots(SiteFeeds.SitemapUrl),
                new GenerateFeed(SiteFeeds.ExplainerFeed, SiteFeeds.FeedFile),
            ],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.Redirects)
        {
            PostProcess = [new Hosting.GenerateRedirects(), new Hosting.GenerateHeaders()],
            Output = [new WriteFiles()],
        },
        new(PipelineNames.SocialCards)
        {
            // PostProcess: a card needs every page's title; it is drawn beside the pages' own rendering.
            PostProcess = [new SocialCards.GenerateSocialCards()],
            Output = [new WriteFiles()],
        },
    ];

    /// <summary>Stands in for the bibliography when sources.yml itself failed, so citations are not all reported as unknown.</summary>
    private sealed class AnySource : IReadOnlySet<string>
    {
        public static readonly AnySource Instance = new();
        public int Count => 0;
        public bool Contains(string item) => true;
        public IEnumerator<string> GetEnumerator() => Enumerable.Empty<string>().GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public bool IsProperSubsetOf(IEnumerable<string> other) => false;
        public bool IsProperSupersetOf(IEnumerable<string> other) => false;
        public bool IsSubsetOf(IEnumerable<string> other) => false;
        public bool IsSupersetOf(IEnumerable<string> other) => true;
        public bool Overlaps(IEnumerable<string> other) => true;
        public bool SetEquals(IEnumerable<string> other) => false;
    }
}
