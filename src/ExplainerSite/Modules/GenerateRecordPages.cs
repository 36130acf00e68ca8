using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Rendering;

namespace ExplainerSite.Modules;

/// <summary>One page per stakeholder, model and policy option: <c>/stakeholders/ID/</c>, <c>/models/ID/</c>, <c>/policies/ID/</c>.</summary>
public sealed class GenerateRecordPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var data = context.SiteData();
        var pages = new List<Document>();
        pages.AddRange(data.Stakeholders.Select(s => Page("stakeholders", s.Id, "stakeholder", s.Name, s.Role.Value ?? s.Name, s, DataFiles.Stakeholders)));
        pages.AddRange(data.Models.Select(m => Page("models", m.Id, "model", m.Name, m.Summary, m, DataFiles.Models)));
        pages.AddRange(data.Policies.Select(p => Page("policies", p.Id, "policy", p.Name, p.Summary, p, DataFiles.Policies)));
        return Task.FromResult(inputs.AddRange(pages));
    }

    private static Document Page(string folder, string id, string kind, string title, string description, object record, string file) =>
        new Document { Source = file + "#" + id, Destination = $"{folder}/{id}/index.html" }.WithMany([
            new(SiteKeys.Title, title),
            new(SiteKeys.Description, description),
            new(SiteKeys.Kind, kind),
            new(SiteKeys.Record, record),
            new(Keys.LayoutFallbacks, ImmutableArray.Create(kind)),
        ]);
}
