using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;

namespace Pipework.Control;

/// <summary>
/// Adds documents made from nothing (no input file) after the ones it is given: fixed documents, or documents
/// made by <paramref name="create"/> when the module runs (from the build's services, settings or other
/// pipelines' outputs), like Statiq's <c>CreateDocuments</c>.
/// </summary>
public sealed class CreateDocuments(Func<IExecutionContext, IEnumerable<Document>> create) : IModule
{
    /// <summary>Adds <paramref name="documents"/> as they are.</summary>
    public CreateDocuments(params Document[] documents) : this(_ => documents) { }

    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
        Task.FromResult(inputs.AddRange(create(context)));
}
