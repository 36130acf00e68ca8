using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Modules;

/// <summary>
/// Copies title, description and layout from the bound front matter into the keys layouts and listings read. A
/// layout named in front matter is used as named; otherwise the page's kind layout ('explainer', 'page') is looked
/// for, then 'default'.
/// </summary>
public sealed class SetPageMetadata(string kind) : DocumentModule
{
    protected override Document? Execute(Document document, IExecutionContext context)
    {
        var (title, description, layout) = document.GetRequired<object>(SiteKeys.Front) switch
        {
            ExplainerFrontMatter e => (e.Title, e.Description, e.Layout),
            PageFrontMatter p => (p.Title, p.Description, p.Layout),
            var other => throw new InvalidOperationException($"Unexpected front matter {other.GetType().Name}."),
        };
        return document.WithMany([
            new(SiteKeys.Title, title),
            new(SiteKeys.Description, description),
            new(SiteKeys.Kind, kind),
            layout is null ? new(Keys.LayoutFallbacks, ImmutableArray.Create(kind)) : new(Keys.Layout, layout),
        ]);
    }
}
