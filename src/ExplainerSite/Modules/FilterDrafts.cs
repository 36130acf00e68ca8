using System.Collections.Immutable;
using Pipework.Host.Cli;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Modules;

/// <summary>Leaves out pages with <c>draft: true</c> unless the build includes drafts.</summary>
public sealed class FilterDrafts : IModule, IRequiresServices
{
    /// <summary>The build's options: whether drafts are included.</summary>
    public IEnumerable<Type> RequiredServices => [typeof(BuildOptions)];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        if (context.Get<BuildOptions>().IncludeDrafts) return Task.FromResult(inputs);
        return Task.FromResult(inputs.Where(d => !IsDraft(d)).ToImmutableArray());
    }

    public static bool IsDraft(Document d) => d.Get<object>(SiteKeys.Front) switch
    {
        ExplainerFrontMatter e => e.Draft,
        PageFrontMatter p => p.Draft,
        _ => false,
    };
}
