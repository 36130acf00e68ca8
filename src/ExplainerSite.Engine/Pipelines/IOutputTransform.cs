using System.Collections.Immutable;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>
/// A whole-site rewrite of the final documents: it runs after every pipeline's PostProcess phase (in the
/// <see cref="Phase.Finalize"/> phase) and before analyzers and Output, so analyzers and written files see its
/// result (e.g. fingerprinted asset names, URLs moved under a base path). Transforms are registered on the
/// <see cref="SiteEngineBuilder"/> (<see cref="SiteEngineBuilder.AddTransform"/>) and run in that order, each on the
/// previous one's result.
/// </summary>
/// <remarks>
/// A transform maps documents one to one: it returns exactly one document for each input, in the same order
/// (it may change any of them, including a destination). Documents that are new belong in a pipeline.
/// </remarks>
public interface IOutputTransform
{
    /// <param name="documents">Every document of the site, in pipeline-name order.</param>
    /// <param name="context">The build's context.</param>
    Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context);
}
