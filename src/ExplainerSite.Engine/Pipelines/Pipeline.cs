using System.Collections.Immutable;

namespace Pipework.Pipelines;

/// <summary>
/// A pipeline is data: four module lists, one per phase, and the names of the pipelines whose Process output
/// it reads. Input and Process run as soon as the dependencies' Process phases are done (independent pipelines
/// run concurrently); PostProcess runs once every pipeline has finished Process and may read all documents;
/// Output runs last, and only when the build has no errors.
/// </summary>
public sealed record Pipeline(string Name)
{
    /// <summary>Pipelines whose Process output this one reads during Input and Process.</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];
    /// <summary>Modules that read or create documents.</summary>
    public ImmutableArray<IModule> Input { get; init; } = [];
    /// <summary>Modules that transform this pipeline's documents.</summary>
    public ImmutableArray<IModule> Process { get; init; } = [];
    /// <summary>Modules that may read every pipeline's documents (templates, feeds).</summary>
    public ImmutableArray<IModule> PostProcess { get; init; } = [];
    /// <summary>Modules that write files (only when the build has no errors).</summary>
    public ImmutableArray<IModule> Output { get; init; } = [];
}

/// <summary>
/// The phases of a build. <see cref="Finalize"/> is not a pipeline's module list: it is when the engine's output
/// transforms (<see cref="IOutputTransform"/>) rewrite every document, after PostProcess and before analyzers.
/// </summary>
public enum Phase
{
    /// <summary>Reading or creating documents.</summary>
    Input,
    /// <summary>Transforming a pipeline's own documents.</summary>
    Process,
    /// <summary>Work that may read every pipeline's documents.</summary>
    PostProcess,
    /// <summary>Output transforms over the whole site.</summary>
    Finalize,
    /// <summary>Writing files.</summary>
    Output,
}
