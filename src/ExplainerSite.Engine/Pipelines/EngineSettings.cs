namespace ExplainerSite.Engine.Pipelines;

/// <summary>Where a build reads and writes. Paths are absolute.</summary>
public sealed record EngineSettings(string InputRoot, string ThemeRoot, string OutputRoot)
{
    /// <summary>When false, the Output phase is skipped and the output folder is not touched (a dry run, e.g. <c>check</c>).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Maximum number of documents processed at once inside a module.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
