using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;

namespace ExplainerSite.Modules;

/// <summary>One page per record of every collection that declares <c>pages:</c>, at its permalink, with its layout.</summary>
public sealed class GenerateRecordPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = context.SiteData();
        var pages = new List<Document>();
        foreach (var collection in data.Declarations.Where(d => d.Pages is not null && d.Role != CollectionRole.Comparisons))
            pages.AddRange(data.RecordsOf(collection.Name).Select(r => Page(r, collection)));
        return Task.FromResult(inputs.AddRange(pages));
    }

    private static Document Page(DataRecord record, CollectionDeclaration collection)
    {
        var pages = collection.Pages!;
        var title = Rendering.Comparisons.ComparisonData.Name(record, collection);
        var description = pages.Description is { } d ? record.Values.Text(d) ?? title : title;
        return new Document { Source = record.File + "#" + record.Id, Destination = pages.Url(record.Id).Trim('/') + "/index.html" }.WithMany([
            new(SiteKeys.Title, title),
            new(SiteKeys.Description, description),
            new(SiteKeys.Kind, collection.Type.Record),
            new(SiteKeys.Record, record),
            new(SiteKeys.Collection, collection.Name),
            new(Keys.LayoutFallbacks, ImmutableArray.Create(pages.Layout)),
        ]);
    }
}
