using System.Collections.Immutable;
using System.Diagnostics;
using Pipework.Diagnostics;
using Pipework.Documents;
using Pipework.IO;

namespace Pipework.Pipelines;

/// <summary>
/// Runs pipelines phase by phase. Input+Process of each pipeline start when its dependencies' Process phases
/// are done, so independent pipelines run concurrently; PostProcess runs for all pipelines once every Process
/// is done; output transforms (<see cref="IOutputTransform"/>) then rewrite the whole site in order (base path,
/// fingerprinted names); analyzers then see every final document; Output runs only if nothing failed, into a staging folder;
/// output steps (<see cref="IOutputStep"/>) then work on that folder, which atomically replaces the output folder.
/// </summary>
public sealed class SiteEngine
{
    private readonly ImmutableArray<Pipeline> _pipelines;
    private readonly ImmutableArray<IAnalyzer> _analyzers;
    private readonly ImmutableArray<IOutputTransform> _transforms;
    private readonly ImmutableArray<IOutputStep> _outputSteps;
    private readonly IReadOnlyDictionary<Type, object> _services;
    private readonly OutputLedger _ledger = new();

    /// <summary>Made by <see cref="SiteEngineBuilder.Build"/>, which has checked the pipeline graph and the services.</summary>
    internal SiteEngine(ImmutableArray<Pipeline> pipelines, ImmutableArray<IAnalyzer> analyzers, ImmutableArray<IOutputTransform> transforms,
        ImmutableArray<IOutputStep> outputSteps, IReadOnlyDictionary<Type, object> services)
    {
        _pipelines = pipelines;
        _analyzers = analyzers;
        _transforms = transforms;
        _outputSteps = outputSteps;
        _services = services;
    }

    /// <summary>
    /// Builds the site once: reads <see cref="EngineSettings.InputRoot"/> and <see cref="EngineSettings.ThemeRoot"/>,
    /// and writes <see cref="EngineSettings.OutputRoot"/> only when nothing failed. Every problem is a diagnostic of
    /// the result; an exception means a bug or the machine (a full disk), not bad content. One build at a time.
    /// </summary>
    public async Task<BuildResult> BuildAsync(EngineSettings settings, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        // Incremental output writes in place once the output folder has been filled by a whole (staged) build.
        var inPlace = settings.WriteOutput && settings.IncrementalOutput && _ledger.IsFilled && Directory.Exists(settings.OutputRoot);
        if (settings.WriteOutput && !inPlace && CheckOutputFolder(settings) is { } refused)
            return new BuildResult([refused], ImmutableSortedDictionary<string, ImmutableArray<Document>>.Empty, 0, clock.Elapsed);
        using var outputLock = settings.WriteOutput
            ? OutputLock.Acquire(RealPath.Of(settings.OutputRoot), settings.OutputLockWait, settings.OutputBusy, cancellation)
            : null;
        if (settings.WriteOutput && outputLock is null)
        {
            var waited = (int)settings.OutputLockWait.TotalSeconds;
            return new BuildResult([OutputErrors.Busy.AtFile(null, settings.Display(settings.OutputRoot), waited)],
                ImmutableSortedDictionary<string, ImmutableArray<Document>>.Empty, 0, clock.Elapsed);
        }
        OutputFolder? staging;
        try
        {
            staging = settings.WriteOutput && !inPlace ? OutputFolder.BeginStaging(settings.OutputRoot) : null;
        }
        catch (ContentException ex)
        {
            return new BuildResult(ex.Diagnostics, ImmutableSortedDictionary<string, ImmutableArray<Document>>.Empty, 0, clock.Elapsed);
        }
        using var stagingScope = staging;
        var ledger = settings.IncrementalOutput && settings.WriteOutput ? _ledger : null;
        if (ledger is not null && !inPlace) ledger.Reset();
        var state = new BuildState(settings, staging?.Path ?? settings.OutputRoot, _services, ledger);

        await RunInputAndProcessAsync(state, cancellation);
        await RunPhaseForAllAsync(state, Phase.PostProcess, p => p.PostProcess);
        if (!state.Diagnostics.HasErrors)
            CheckDestinations(state);
        if (!state.Diagnostics.HasErrors && !_transforms.IsEmpty)
        {
            // Destinations are checked as written and again as transformed (a transform may rename files).
            await RunTransformsAsync(state);
            if (!state.Diagnostics.HasErrors)
                CheckDestinations(state);
        }
        if (!state.Diagnostics.HasErrors)
            await RunAnalyzersAsync(state);

        var written = 0;
        if (settings.WriteOutput && !state.Diagnostics.HasErrors)
        {
            await RunPhaseForAllAsync(state, Phase.Output, p => p.Output);
            if (!state.Diagnostics.HasErrors)
                await RunOutputStepsAsync(state, state.OutputRoot, cancellation);
            if (!state.Diagnostics.HasErrors)
            {
                try
                {
                    if (staging is not null)
                        written = await state.TimeAsync("(commit)", Phase.Output, "OutputFolder.Commit", () => Task.FromResult(staging.Commit()));
                    if (ledger is not null)
                        written = await state.TimeAsync("(commit)", Phase.Output, "OutputLedger.Commit", () => Task.FromResult(ledger.Commit(settings.OutputRoot)));
                }
                catch (ContentException ex)
                {
                    state.Diagnostics.AddRange(ex.Diagnostics);
                    ledger?.Reset();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    state.Diagnostics.Add(OutputErrors.WriteFailed.AtFile(null, settings.Display(settings.OutputRoot), OutputErrors.Reason(ex)));
                    ledger?.Reset();
                }
            }
            else
            {
                ledger?.Reset();   // an in-place write may have stopped half-way: the next build writes everything again
            }
        }

        var documents = state.Outputs.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new BuildResult(state.Diagnostics.ToSortedList(), documents, written, clock.Elapsed) { Timings = [.. state.Timings] };
    }

    /// <summary>Refuses an output folder a build must not replace (<see cref="OutputGuard"/>), before anything is read.</summary>
    private static Diagnostic? CheckOutputFolder(EngineSettings settings) =>
        OutputGuard.Check(settings.OutputRoot, [("input", settings.InputRoot), ("theme", settings.ThemeRoot)],
            settings.ReplaceForeignOutput, settings.Display);

    private async Task RunInputAndProcessAsync(BuildState state, CancellationToken cancellation)
    {
        var done = _pipelines.ToDictionary(p => p.Name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var tasks = _pipelines.Select(pipeline => Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(pipeline.Dependencies.Select(d => done[d].Task));
                cancellation.ThrowIfCancellationRequested();
                var docs = await RunModulesAsync(state, pipeline, Phase.Input, pipeline.Input, []);
                docs = await RunModulesAsync(state, pipeline, Phase.Process, pipeline.Process, docs);
                state.Outputs[pipeline.Name] = docs;
            }
            finally
            {
                done[pipeline.Name].SetResult();
            }
        }, cancellation));
        await Task.WhenAll(tasks);
    }

    private async Task RunPhaseForAllAsync(BuildState state, Phase phase, Func<Pipeline, ImmutableArray<IModule>> modules)
    {
        // Every pipeline of this phase reads the previous phase's documents, so results are published together.
        var results = await Task.WhenAll(_pipelines.Select(p => Task.Run(async () =>
            (p.Name, Docs: await RunModulesAsync(state, p, phase, modules(p), state.Outputs.GetValueOrDefault(p.Name, []))))));
        foreach (var (name, docs) in results)
            state.Outputs[name] = docs;
    }

    private static async Task<ImmutableArray<Document>> RunModulesAsync(
        BuildState state, Pipeline pipeline, Phase phase, ImmutableArray<IModule> modules, ImmutableArray<Document> docs)
    {
        var context = new ExecutionContext(state, pipeline, phase);
        foreach (var module in modules)
        {
            try
            {
                var input = docs;
                docs = await state.TimeAsync(pipeline.Name, phase, module.GetType().Name, async () => await module.ExecuteAsync(input, context));
            }
            catch (ContentException ex)
            {
                state.Diagnostics.AddRange(ex.Diagnostics);
                return [];
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException) && state.Diagnostics.HasErrors)
            {
                // After a content error (a site URL that is not one) a module may fail on what it was given: that says
                // nothing new, and must not crash the build that reports the error. Without one, a failure is a bug.
                return [];
            }
        }
        return docs;
    }

    private async Task RunTransformsAsync(BuildState state)
    {
        if (_transforms.IsEmpty) return;
        var context = new ExecutionContext(state, new Pipeline("(transforms)"), Phase.Finalize);
        foreach (var transform in _transforms)
        {
            // Every document of the site, in pipeline-name order; the result is split back by the same counts.
            var names = state.Outputs.Keys.Order(StringComparer.Ordinal).ToArray();
            var all = context.AllOutputs();
            ImmutableArray<Document> result;
            try
            {
                result = await state.TimeAsync(context.PipelineName, Phase.Finalize, transform.GetType().Name, async () => await transform.TransformAsync(all, context));
            }
            catch (ContentException ex)
            {
                state.Diagnostics.AddRange(ex.Diagnostics);
                return;
            }
            if (result.Length != all.Length)
                throw new InvalidOperationException(
                    $"Output transform {transform.GetType().Name} returned {result.Length} documents for {all.Length}; a transform maps each document to one document.");
            var offset = 0;
            foreach (var name in names)
            {
                var count = state.Outputs[name].Length;
                state.Outputs[name] = result.Slice(offset, count);
                offset += count;
            }
            if (state.Diagnostics.HasErrors) return;
        }
    }

    private async Task RunAnalyzersAsync(BuildState state)
    {
        var context = new ExecutionContext(state, new Pipeline("(analyzers)"), Phase.PostProcess);
        var all = context.AllOutputs();
        foreach (var analyzer in _analyzers)
        {
            try
            {
                await state.TimeAsync(context.PipelineName, Phase.PostProcess, analyzer.GetType().Name, async () => { await analyzer.AnalyzeAsync(all, context); return 0; });
            }
            catch (ContentException ex)
            {
                state.Diagnostics.AddRange(ex.Diagnostics);
            }
        }
    }

    private async Task RunOutputStepsAsync(BuildState state, string folder, CancellationToken cancellation)
    {
        var context = new ExecutionContext(state, new Pipeline("(output steps)"), Phase.Output);
        foreach (var step in _outputSteps)
        {
            try
            {
                await state.TimeAsync(context.PipelineName, Phase.Output, step.Name, async () => { await step.RunAsync(folder, context, cancellation); return 0; });
            }
            catch (ContentException ex)
            {
                state.Diagnostics.AddRange(ex.Diagnostics);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var where = $"{state.Settings.Display(state.Settings.OutputRoot)} ({step.Name})";
                state.Diagnostics.Add(OutputErrors.WriteFailed.AtFile(null, where, OutputErrors.Reason(ex)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                state.Diagnostics.Add(EngineErrors.Unexpected.AtFile(step.Name, ex.Message));
            }
            if (state.Diagnostics.HasErrors) return;
        }
    }

    private static void CheckDestinations(BuildState state)
    {
        var documents = state.Outputs.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);
        state.Diagnostics.AddRange(DestinationCheck.Problems(documents));
    }

    internal static void ValidateGraph(ImmutableArray<Pipeline> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pipelines)
            if (!names.Add(p.Name)) throw new ArgumentException($"Two pipelines are named '{p.Name}'.");
        foreach (var p in pipelines)
            foreach (var d in p.Dependencies)
                if (!names.Contains(d)) throw new ArgumentException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.");
        // Depth-first search for cycles: a cycle would deadlock the Process phase.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        void Visit(string name, string path)
        {
            if (state.GetValueOrDefault(name) == 2) return;
            if (state.GetValueOrDefault(name) == 1) throw new ArgumentException($"Pipeline dependencies form a cycle: {path}.");
            state[name] = 1;
            foreach (var d in byName[name].Dependencies) Visit(d, path + " -> " + d);
            state[name] = 2;
        }
        foreach (var p in pipelines) Visit(p.Name, p.Name);
    }
}
