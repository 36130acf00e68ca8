using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace ExplainerSite.Modules;

/// <summary>
/// Adds <c>/compare/</c>, the page listing every comparison (its layout, 'compare-index' else 'default', reads them
/// from the site data); a site without comparisons gets no such page.
/// </summary>
public sealed class GenerateComparisonIndex : IModule
{
    public const string Layout = Rendering.Comparisons.ComparisonPage.IndexKind;
    public const string Title = "Compare";
    public const string Description = "Side-by-side comparisons built from the site's sourced data, each cell cited, with the data to download.";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        inputs.IsEmpty ? Task.FromResult(inputs) : Task.FromResult(inputs.Add(new Document { Source = "(comparison index)", Destination = GenerateComparisonPages.Folder + "/index.html" }.WithMany([
            new(SiteKeys.Title, Title),
            new(SiteKeys.Description, Description),
            new(SiteKeys.Kind, Layout),
            new(Keys.LayoutFallbacks, ImmutableArray.Create(Layout)),
        ])));
}
