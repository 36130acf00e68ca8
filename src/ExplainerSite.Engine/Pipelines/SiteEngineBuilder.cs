using System.Collections.Immutable;

namespace Pipework.Pipelines;

/// <summary>
/// The one way to assemble a <see cref="SiteEngine"/>: pipelines, analyzers, output transforms, output steps and
/// services are all registered here, in any order, then <see cref="Build"/> checks the whole and freezes it.
/// Transforms and output steps run in the order they were added; a service replaces an earlier one of its type.
/// </summary>
public sealed class SiteEngineBuilder
{
    private readonly List<Pipeline> _pipelines = [];
    private readonly List<IAnalyzer> _analyzers = [];
    private readonly List<IOutputTransform> _transforms = [];
    private readonly List<IOutputStep> _outputSteps = [];
    private readonly Dictionary<Type, object> _services = [];

    /// <summary>Adds a pipeline (see <see cref="Pipeline"/>); names must be unique.</summary>
    public SiteEngineBuilder AddPipeline(Pipeline pipeline)
    {
        _pipelines.Add(pipeline);
        return this;
    }

    /// <summary>Adds several pipelines.</summary>
    public SiteEngineBuilder AddPipelines(IEnumerable<Pipeline> pipelines)
    {
        _pipelines.AddRange(pipelines);
        return this;
    }

    /// <summary>Adds an analyzer, which sees every final document before output (see <see cref="IAnalyzer"/>).</summary>
    public SiteEngineBuilder AddAnalyzer(IAnalyzer analyzer)
    {
        _analyzers.Add(analyzer);
        return this;
    }

    /// <summary>Adds an output transform, run after those added before it (see <see cref="IOutputTransform"/>).</summary>
    public SiteEngineBuilder AddTransform(IOutputTransform transform)
    {
        _transforms.Add(transform);
        return this;
    }

    /// <summary>Adds output transforms in order.</summary>
    public SiteEngineBuilder AddTransforms(IEnumerable<IOutputTransform> transforms)
    {
        _transforms.AddRange(transforms);
        return this;
    }

    /// <summary>Adds a step that runs on the written output before it is committed (see <see cref="IOutputStep"/>).</summary>
    public SiteEngineBuilder AddOutputStep(IOutputStep step)
    {
        _outputSteps.Add(step);
        return this;
    }

    /// <summary>Registers <paramref name="service"/> as the one of type <typeparamref name="T"/> modules get from <see cref="IExecutionContext.Get{T}"/>.</summary>
    public SiteEngineBuilder AddService<T>(T service) where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    /// <summary>
    /// The engine. Throws <see cref="EngineConfigurationException"/> when pipelines repeat a name, depend on an
    /// unknown pipeline or on each other in a cycle, or when a step needs a service nobody registered
    /// (<see cref="IRequiresServices"/>): a mistake in the program, reported once and before anything is read.
    /// </summary>
    public SiteEngine Build()
    {
        var pipelines = _pipelines.ToImmutableArray();
        try
        {
            SiteEngine.ValidateGraph(pipelines);
        }
        catch (ArgumentException ex)
        {
            throw new EngineConfigurationException(ex.Message);
        }
        CheckServices(pipelines);
        return new SiteEngine(pipelines, [.. _analyzers], [.. _transforms], [.. _outputSteps], new Dictionary<Type, object>(_services));
    }

    private void CheckServices(ImmutableArray<Pipeline> pipelines)
    {
        var steps = pipelines
            .SelectMany(p => p.Input.Concat(p.Process).Concat(p.PostProcess).Concat(p.Output).Select(m => (Where: $"pipeline '{p.Name}'", Step: (object)m)))
            .Concat(_analyzers.Select(a => (Where: "analyzers", Step: (object)a)))
            .Concat(_transforms.Select(t => (Where: "transforms", Step: (object)t)))
            .Concat(_outputSteps.Select(s => (Where: "output steps", Step: (object)s)));
        var missing = steps
            .SelectMany(s => (s.Step as IRequiresServices)?.RequiredServices.Select(t => (Type: t, s.Where, Name: s.Step.GetType().Name)) ?? [])
            .Where(r => !_services.ContainsKey(r.Type))
            .GroupBy(r => r.Type)
            .Select(g => $"{g.Key.Name} (needed by {string.Join(", ", g.Select(r => $"{r.Name} in {r.Where}").Distinct().Order(StringComparer.Ordinal))})")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
            throw new EngineConfigurationException(
                $"No service registered for {string.Join("; ", missing)}. Register it with SiteEngineBuilder.AddService.");
    }
}

/// <summary>A step (module, analyzer, transform, output step) that cannot run without a service of these types.</summary>
public interface IRequiresServices
{
    /// <summary>The service types the step gets with <see cref="IExecutionContext.Get{T}"/>.</summary>
    IEnumerable<Type> RequiredServices { get; }
}

/// <summary>The engine was assembled wrongly (a program's mistake, not the content's): see <see cref="SiteEngineBuilder.Build"/>.</summary>
public sealed class EngineConfigurationException(string message) : InvalidOperationException(message);
