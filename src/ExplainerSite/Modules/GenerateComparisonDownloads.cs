using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;
using ExplainerSite.Rendering.Comparisons;

namespace ExplainerSite.Modules;

/// <summary>
/// Adds each comparison's data as downloads, <c>/data/compare/ID.csv</c> and <c>/data/compare/ID.json</c>,
/// written from the same resolved data as its page, with the sources it cites.
/// </summary>
public sealed class GenerateComparisonDownloads : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = context.SiteData();
        var downloads = new List<Document>();
        foreach (var page in inputs)
        {
            if (page.Get<DataRecord>(SiteKeys.Record) is not { } definition
                || data.Declaration(page.Get<string>(SiteKeys.Collection)) is not { } collection) continue;
            var c = ComparisonData.From(definition, collection, data);
            downloads.Add(new Document { Source = page.Source, Destination = ComparisonData.CsvPath(c.Id), Content = ComparisonCsv.Write(c, data) });
            downloads.Add(new Document { Source = page.Source, Destination = ComparisonData.JsonPath(c.Id), Content = ComparisonJson.Write(c, data) });
        }
        return Task.FromResult(inputs.AddRange(downloads));
    }
}
