using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>
/// A module that maps each document on its own. Documents are processed in parallel; a document whose
/// processing raises a <see cref="ContentException"/> is dropped and its diagnostics recorded, so one bad file
/// does not hide the problems of the others. Output order equals input order.
/// </summary>
public abstract class DocumentModule : IModule
{
    /// <inheritdoc/>
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context)
    {
        var results = new Document?[inputs.Length];
        Parallel.For(0, inputs.Length, i => results[i] = context.Guard(inputs[i], () => Execute(inputs[i], context)));
        return Task.FromResult(results.Where(d => d is not null).Select(d => d!).ToImmutableArray());
    }

    /// <summary>Returns the new document, or null to drop it.</summary>
    protected abstract Document? Execute(Document document, IExecutionContext context);
}
