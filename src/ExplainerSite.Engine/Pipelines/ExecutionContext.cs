using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pipework.Diagnostics;
using Pipework.Documents;

namespace Pipework.Pipelines;

/// <summary>The state one build shares between its pipelines; each module gets a view bound to its pipeline and phase.</summary>
internal sealed class BuildState(EngineSettings settings, string outputRoot, IReadOnlyDictionary<Type, object> services, IO.OutputLedger? ledger = null)
{
    public IO.OutputLedger? Ledger { get; } = ledger;
    public EngineSettings Settings { get; } = settings;
    public string OutputRoot { get; } = outputRoot;
    public DiagnosticBag Diagnostics { get; } = new(settings.WarningsAsErrors);
    public IReadOnlyDictionary<Type, object> Services { get; } = services;
    public ConcurrentDictionary<string, ImmutableArray<Document>> Outputs { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, Lazy<object>> Shared { get; } = new(StringComparer.Ordinal);
    public ConcurrentQueue<StepTiming> Timings { get; } = new();

    /// <summary>Runs <paramref name="step"/> and records its wall time.</summary>
    public async Task<T> TimeAsync<T>(string pipeline, Phase phase, string step, Func<Task<T>> work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Timings.Enqueue(new StepTiming(pipeline, phase, step, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
        }
    }
}

internal sealed class ExecutionContext(BuildState state, Pipeline pipeline, Phase phase) : IExecutionContext
{
    public EngineSettings Settings => state.Settings;
    public string PipelineName => pipeline.Name;
    public Phase Phase => phase;
    public string OutputRoot => state.OutputRoot;
    public DiagnosticBag Diagnostics => state.Diagnostics;
    public IO.OutputLedger? Ledger => state.Ledger;

    public ImmutableArray<Document> OutputsOf(string name)
    {
        if (phase is Phase.Input or Phase.Process && !pipeline.Dependencies.Contains(name))
            throw new InvalidOperationException(
                $"Pipeline '{pipeline.Name}' reads '{name}' during {phase} but does not declare it as a dependency.");
        return state.Outputs.TryGetValue(name, out var docs) ? docs : [];
    }

    public ImmutableArray<Document> AllOutputs()
    {
        if (phase is Phase.Input or Phase.Process)
            throw new InvalidOperationException("All documents are only available from PostProcess on.");
        return [.. state.Outputs.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value)];
    }

    public T Get<T>() where T : class =>
        state.Services.TryGetValue(typeof(T), out var service)
            ? (T)service
            // A diagnostic without a file: however many documents ask, the build reports it once.
            : throw EngineErrors.MissingService.Exception(null, 0, 0, typeof(T).Name);

    public T? Find<T>() where T : class =>
        state.Services.TryGetValue(typeof(T), out var service) ? (T)service : null;

    public T Shared<T>(string key, Func<T> factory) where T : class =>
        (T)state.Shared.GetOrAdd(key, _ => new Lazy<object>(() => factory())).Value;

    public T? Guard<T>(Document document, Func<T?> work)
    {
        try
        {
            return work();
        }
        catch (ContentException ex)
        {
            Diagnostics.AddRange(ex.Diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The disk or its permissions, not the content and not a bug: said as such.
            Diagnostics.Add(EngineErrors.FileSystem.AtFile(document.Source, ex.Message));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // EXPLAINERSITE_TRACE=1 shows the stack of an internal error; readers of a normal build never need it.
            var detail = Environment.GetEnvironmentVariable("EXPLAINERSITE_TRACE") == "1" ? ex.ToString() : ex.Message;
            Diagnostics.Add(EngineErrors.Unexpected.AtFile(document.Source, detail));
        }
        return default;
    }
}
