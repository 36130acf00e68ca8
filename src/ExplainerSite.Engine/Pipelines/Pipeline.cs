using System.Collections.Immutable;

namespace ExplainerSite.Engine.Pipelines;

/// <summary>
/// A pipeline is data: four module lists, one per phase, and the names of the pipelines whose Process output
/// it reads. Input and Process run as soon as the dependencies' Process phases are done (independent pipelines
/// run concurrently); PostProcess runs once every pipeline has finished Process and may read all documents;
/// Output runs last, and only when the build has no errors.
/// </summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> Dependencies { get; init; } = [];
    public ImmutableArray<IModule> Input { get; init; } = [];
    public ImmutableArray<IModule> Process { get; init; } = [];
    public ImmutableArray<IModule> PostProcess { get; init; } = [];
    public ImmutableArray<IModule> Output { get; init; } = [];
}

/// <summary>
/// The phases of a build. <see cref="Finalize"/> is not a pipeline's module list: it is when the engine's output
/// transforms (<see cref="IOutputTransform"/>) rewrite every document, after PostProcess and before analyzers.
/// </summary>
public enum Phase { Input, Process, PostProcess, Finalize, Output }
