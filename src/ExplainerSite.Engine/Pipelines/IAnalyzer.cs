using System.Collections.Immutable;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>
/// Reads every final document after PostProcess and reports problems (broken links, missing anchors …);
/// it changes nothing. Analyzers run before Output, so their errors keep a broken site from being written.
/// </summary>
public interface IAnalyzer
{
    /// <summary>
    /// Checks <paramref name="documents"/> (every final document), adding diagnostics to the context.
    /// </summary>
    Task AnalyzeAsync(ImmutableArray<Document> documents, IExecutionContext context);
}
