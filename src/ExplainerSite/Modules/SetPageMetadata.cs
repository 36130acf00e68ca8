using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Modules;

/// <summary>Copies title, description and layout from the bound front matter into the keys layouts and listings read.</summary>
public sealed class SetPageMetadata(string kind) : DocumentModule
{
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var (title, description, layout) = document.GetRequired<object>(SiteKeys.Front) switch
        {
            ExplainerFrontMatter e => (e.Title, e.Description, "explainer"),
            PageFrontMatter p => (p.Title, p.Description, p.Layout),
            var other => throw new InvalidOperationException($"Unexpected front matter {other.GetType().Name}."),
        };
        return document.WithMany([
            new(SiteKeys.Title, title),
            new(SiteKeys.Description, description),
            new(SiteKeys.Kind, kind),
            new(Keys.Layout, layout),
        ]);
    }
}
