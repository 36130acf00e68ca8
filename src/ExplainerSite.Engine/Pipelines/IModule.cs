using System.Collections.Immutable;
using ExplainerSite.Engine.Documents;

namespace ExplainerSite.Engine.Pipelines;

/// <summary>One step of a pipeline: takes the documents of the previous step and returns new ones.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context);
}
