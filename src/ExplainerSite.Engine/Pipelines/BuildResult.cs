using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>What a build produced: every diagnostic, the final documents of each pipeline, and timing.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableSortedDictionary<string, ImmutableArray<Document>> Documents,
    int FilesWritten,
    TimeSpan Elapsed)
{
    /// <summary>Every step's wall time, in the order the steps finished (<c>build --verbose</c> prints the slowest).</summary>
    public IReadOnlyList<StepTiming> Timings { get; init; } = [];

    /// <summary>True when the build has no errors.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Every document of every pipeline.</summary>
    public IEnumerable<Document> AllDocuments => Documents.Values.SelectMany(d => d);
}
