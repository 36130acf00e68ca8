using System.Collections.Immutable;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>One step of a pipeline: takes the documents of the previous step and returns new ones.</summary>
public interface IModule
{
    /// <summary>The documents after this step, from the documents before it.</summary>
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context);
}
