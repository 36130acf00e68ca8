namespace Pipework.Pipelines;

/// <summary>
/// How long one step of a build took: a module of a pipeline's phase, a whole-site transform, an analyzer, an
/// output step or the commit. Steps of different pipelines overlap in time, so these do not add up to the build.
/// </summary>
public sealed record StepTiming(string Pipeline, Phase Phase, string Step, TimeSpan Elapsed);
