using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;

namespace ExplainerSite.Modules;

/// <summary>
/// Adds the page hosts serve for a missing address: <c>404.html</c> at the output root (Netlify and GitHub Pages
/// both look there), rendered with <c>theme/layouts/404.liquid</c>. Its links are root-relative, as it is served
/// at any path. It has no canonical URL and stays out of the sitemap and the search index.
/// </summary>
public sealed class GenerateNotFoundPage : IModule
{
    public const string Kind = PageKinds.NotFound;
    public const string Layout = "404";
    public const string Destination = "404.html";
    public const string Title = "Page not found";
    public const string Description = "There is no page at this address. Start again from the home page, the list of explainers or the search.";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.Add(new Document { Source = $"theme/layouts/{Layout}.liquid", Destination = Destination }.WithMany([
            new(SiteKeys.Title, Title),
            new(SiteKeys.Description, Description),
            new(SiteKeys.Kind, Kind),
            new(Keys.Layout, Layout),
        ])));
}
