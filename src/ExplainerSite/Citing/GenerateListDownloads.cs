using System.Collections.Immutable;
using ExplainerSite.Model;
using ExplainerSite.Names;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Citing;

/// <summary>
/// Adds <c>/data/NAME.csv</c> and <c>/data/NAME.json</c> for each collection whose <c>list.downloads</c> names
/// them (not the bibliography, which has its own three downloads), in its list page's order.
/// </summary>
/// <param name="siteUrl">The site's address without a trailing slash.</param>
/// <param name="sort">Orders records by <c>list.sort</c> keys, as the list page does.</param>
public sealed class GenerateListDownloads(
    Func<IExecutionContext, string> siteUrl,
    Func<IEnumerable<DataRecord>, IReadOnlyList<string>, IEnumerable<DataRecord>> sort) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = CitingPipeline.SiteData(context);
        var site = siteUrl(context);
        var downloads = new List<Document>();
        foreach (var collection in data.Declarations.Where(d => d.List.Downloads.Count > 0
                     && d.Role != CollectionRole.Bibliography))
        {
            var page = ListPage(context, collection);
            var listPath = page?.Url ?? collection.List.Url;
            var writers = new ListDownloadWriters(collection, page?.Get<string>(SiteKeys.Title) ?? collection.Name,
                listPath is null ? null : site + listPath, data.Settings.Licence, path => site + path);
            var records = sort(data.RecordsOf(collection.Name), collection.List.Sort).ToList();
            var source = collection.File ?? collection.Folder ?? collection.Name;
            foreach (var format in collection.List.Downloads)
                downloads.Add(new Document
                {
                    Source = source,
                    Destination = ListSettings.DownloadPath(collection.Name, format)[1..],
                    Content = format == "csv" ? writers.Csv(records) : writers.Json(records),
                });
        }
        return Task.FromResult(inputs.AddRange(downloads));
    }

    /// <summary>The first page (by address) whose front matter lists the collection.</summary>
    private static Document? ListPage(IExecutionContext context, CollectionDeclaration collection) =>
        context.OutputsOf(PipelineNames.Pages)
            .Where(d => d.Get<PageFrontMatter>(SiteKeys.Front)?.List == collection.Name)
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .FirstOrDefault();
}
