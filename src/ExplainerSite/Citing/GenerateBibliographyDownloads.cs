using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>
/// Adds the whole bibliography (the collection with <c>role: bibliography</c>) as <c>/data/sources.csv</c>,
/// <c>.json</c> and <c>.bib</c>, linked from its list page.
/// </summary>
/// <param name="siteUrl">The site's address without a trailing slash.</param>
/// <param name="sort">Orders records by <c>list.sort</c> keys, as the list page does.</param>
public sealed class GenerateBibliographyDownloads(
    Func<IExecutionContext, string> siteUrl,
    Func<IEnumerable<DataRecord>, IReadOnlyList<string>, IEnumerable<DataRecord>> sort) : IModule
{
    public const string Stem = "data/sources";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = CitingPipeline.SiteData(context);
        if (!data.SourcesLoaded || data.Bibliography is not { } bibliography) return Task.FromResult(inputs);
        var entries = BibliographyEntry.All(data, sort);
        var site = siteUrl(context);
        var writers = new BibliographyWriters(
            data.Settings.Title, data.Settings.Licence, BibliographyEntry.ListPath(bibliography), path => site + path);
        var source = bibliography.File ?? bibliography.Folder ?? bibliography.Name;
        Document[] downloads =
        [
            new Document { Source = source, Destination = Stem + ".csv", Content = writers.Csv(entries) },
            new Document { Source = source, Destination = Stem + ".json", Content = writers.Json(entries) },
            new Document { Source = source, Destination = Stem + ".bib", Content = writers.BibTex(entries) },
        ];
        return Task.FromResult(inputs.AddRange(downloads));
    }
}
