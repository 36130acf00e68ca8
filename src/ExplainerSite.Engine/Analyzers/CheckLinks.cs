using System.Collections.Immutable;
using Pipework.Caching;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;
using Pipework.Pipelines;

namespace Pipework.Analyzers;

/// <summary>
/// Checks every link of the final HTML: internal links, <c>#anchors</c> (same-page ones too), images,
/// stylesheets and scripts must resolve to a document's destination or a copied file; a broken one is an error,
/// so a broken site is never written. External links are listed in the <see cref="LinkReport"/> (when one is
/// registered), never fetched; one over plain http and an image without alt text are warnings. A problem is
/// reported where the link was written when the href can be found there: the page's source file, else a theme
/// template or data file; otherwise on the page's source, naming the output page. Site paths in the final HTML
/// are read below <see cref="EngineSettings.BasePath"/>.
/// </summary>
public sealed class CheckLinks(Func<IExecutionContext, string?>? siteUrl = null) : IAnalyzer
{
    /// <summary>
    /// Site paths ("/pagefind/") of files made after the analyzers run, by an output step (a search index): links
    /// below them are taken as resolving.
    /// </summary>
    public IReadOnlyList<string> LaterPaths { get; init; } = [];

    /// <summary>Where to look for a link not written in the page's own source: theme templates and data files.</summary>
    public IReadOnlyList<(SourceRoot Root, string Glob)> SearchFiles { get; init; } =
        [(SourceRoot.Theme, "**/*.liquid"), (SourceRoot.Input, "**/*.yml"), (SourceRoot.Input, "**/*.yaml")];

    /// <inheritdoc/>
    public Task AnalyzeAsync(ImmutableArray<Document> documents, IExecutionContext context)
    {
        var published = documents.Where(d => d.Destination.Length > 0).Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var pages = documents.Where(d => !d.IsBinary && d.Destination.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var scans = new PageLinks[pages.Count];
        var cache = context.Find<RenderCache>();
        Parallel.For(0, pages.Count, i => scans[i] = cache is null
            ? PageLinks.Read(pages[i].Content)
            : cache.GetOrCompute(this, pages[i], Fingerprint.Of(pages[i].Content), context, () => PageLinks.Read(pages[i].Content)));
        var anchors = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) anchors[pages[i].Destination] = scans[i].Anchors;

        var own = siteUrl?.Invoke(context)?.TrimEnd('/');
        var locator = new LinkLocator(context.Settings, SearchFiles);
        var problems = new List<Problem>();
        var external = new List<ExternalLink>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            foreach (var reference in scans[i].References)
            {
                if (reference.MissingAlt)
                    problems.Add(new(page, reference.Value, LinkErrors.ImageWithoutAlt, [reference.Value, null]));
                if (reference.Value.Length == 0) continue;
                var target = LinkTarget.Resolve(reference.Value, page.Url, own, context.Settings.BasePath);
                switch (target)
                {
                    case { IsExternal: true }:
                        external.Add(new ExternalLink(reference.Value, page.Url, page.Source));
                        if (target.IsPlainHttp) problems.Add(new(page, reference.Value, LinkErrors.InsecureExternalLink, [reference.Value, null]));
                        break;
                    case { OutsideBasePath: true, Path: { } outside }:
                        problems.Add(reference.Kind == LinkKind.Page
                            ? new(page, reference.Value, LinkErrors.BrokenLink, [reference.Value, null, outside])
                            : new(page, reference.Value, LinkErrors.MissingAsset, [Describe(reference.Kind), reference.Value, null, outside]));
                        break;
                    case { Path: { } path } when LaterPaths.Any(p => path.StartsWith(p, StringComparison.Ordinal)):
                        break;
                    case { Path: { } path }:
                        Check(page, reference, path, target.Fragment, published, anchors, problems);
                        break;
                }
            }
        }
        context.Find<LinkReport>()?.Publish(external);
        context.Diagnostics.AddRange(locator.Locate(problems));
        return Task.CompletedTask;
    }

    private static void Check(Document page, LinkReference reference, string path, string? fragment,
        HashSet<string> published, Dictionary<string, ImmutableHashSet<string>> anchors, List<Problem> problems)
    {
        var destination = LinkTarget.Destination(path, published);
        if (destination is null)
        {
            problems.Add(reference.Kind == LinkKind.Page
                ? new(page, reference.Value, LinkErrors.BrokenLink, [reference.Value, null, path])
                : new(page, reference.Value, LinkErrors.MissingAsset, [Describe(reference.Kind), reference.Value, null, path]));
            return;
        }
        if (string.IsNullOrEmpty(fragment) || fragment == "top" || !anchors.TryGetValue(destination, out var ids) || ids.Contains(fragment))
            return;
        var best = Yaml.YamlBinder.Suggest(fragment, ids);
        var where = destination == page.Destination ? "this page" : Document.UrlOf(destination);
        problems.Add(new(page, reference.Value, LinkErrors.MissingAnchor,
            [reference.Value, null, where, fragment, best is null ? "" : $"; did you mean '#{best}'?"]));
    }

    private static string Describe(LinkKind kind) => kind switch
    {
        LinkKind.Image => "image",
        LinkKind.Stylesheet => "stylesheet",
        LinkKind.Script => "script",
        _ => "file",
    };

    /// <summary>A problem found on a page; argument 1 (the page) is filled in once it is known where the link was written.</summary>
    internal sealed record Problem(Document Page, string Href, DiagnosticDescriptor Descriptor, object?[] Args)
    {
        /// <summary>The href as found in a shared source file, once located.</summary>
        public string? Written { get; init; }
    }
}
