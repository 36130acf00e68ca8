using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Citing;

/// <summary>
/// Adds, for every explainer and comparison, its reference as <c>/cite/PATH.bib</c> (biblatex) and
/// <c>/cite/PATH.json</c> (CSL-JSON), linked from the page's "Cite this page" block.
/// </summary>
/// <param name="siteUrl">The site's address without a trailing slash.</param>
public sealed class GenerateCitationFiles(Func<IExecutionContext, string> siteUrl) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = CitingPipeline.SiteData(context);
        var settings = data.Settings;
        var files = new List<Document>();
        var pages = context.OutputsOf(PipelineNames.Explainers)
            .Concat(context.OutputsOf(PipelineNames.Comparisons))
            .OrderBy(d => d.Destination, StringComparer.Ordinal);
        foreach (var document in pages)
        {
            if (CitablePage.From(document, data) is not { } page) continue;
            var url = siteUrl(context) + page.Path;
            files.Add(new Document
            {
                Source = document.Source,
                Destination = page.BibDestination,
                Content = CitationWriters.BibTexFor(page, settings.Title, url),
            });
            files.Add(new Document
            {
                Source = document.Source,
                Destination = page.JsonDestination,
                Content = CitationWriters.CslJsonFor(page, settings.Title, settings.Language, url),
            });
        }
        return Task.FromResult(inputs.AddRange(files));
    }
}
