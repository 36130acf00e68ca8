using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Pipework.Host.Cli;
using Pipework.Documents;
using Pipework.Pipelines;
using BuildEngine = Pipework.Pipelines.SiteEngine;

namespace ExplainerSite.Benchmarks;

/// <summary>
/// <c>phases INPUT [BUILDS]</c>: builds a site in process (the first build includes JIT) with every module, output
/// transform and analyzer timed, and prints wall time and process CPU time for each. Pipelines run concurrently, so
/// CPU time is the whole process's while the step ran: a guide to where a build spends its time, not a profile.
/// </summary>
public static class Phases
{
    public static async Task<int> RunAsync(string input, int builds)
    {
        var output = Directory.CreateTempSubdirectory("explainersite-phases-").FullName;
        try
        {
            for (var i = 1; i <= builds; i++)
            {
                var settings = new EngineSettings(Path.GetFullPath(input), Corpus.Theme, Path.Combine(output, "site"));
                var engine = SiteBuilder.CreateEngine(settings, new BuildOptions());
                var steps = new ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu, int Calls)>();
                Instrument(engine, steps);
                var cpu = Environment.CpuUsage.TotalTime;
                var clock = Stopwatch.StartNew();
                var result = await engine.BuildAsync(settings);
                var (elapsed, used) = (clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
                Console.WriteLine($"build {i}: {(result.Succeeded ? "ok" : "FAILED")}, {result.FilesWritten} files, wall {elapsed.TotalSeconds:0.000} s, CPU {used.TotalSeconds:0.000} s, " +
                    $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, peak working set {Environment.WorkingSet / 1048576} MiB now, " +
                    $"live after the build (result kept) {GC.GetTotalMemory(forceFullCollection: true) / 1048576} MiB");
                GC.KeepAlive(result);
                foreach (var (name, (wall, stepCpu, calls)) in steps.OrderByDescending(s => s.Value.Wall))
                    Console.WriteLine($"  {name,-48} wall {wall.TotalSeconds,7:0.000} s  CPU {stepCpu.TotalSeconds,7:0.000} s  ×{calls}");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
        return 0;
    }

    private static void Instrument(BuildEngine engine, ConcurrentDictionary<string, (TimeSpan, TimeSpan, int)> steps)
    {
        const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
        var type = typeof(BuildEngine);
        var pipelines = (ImmutableArray<Pipeline>)type.GetField("_pipelines", Private)!.GetValue(engine)!;
        type.GetField("_pipelines", Private)!.SetValue(engine, pipelines.Select(p => p with
        {
            Input = [.. p.Input.Select(m => (IModule)new Timed(p.Name + " " + m.GetType().Name, m, steps))],
            Process = [.. p.Process.Select(m => (IModule)new Timed(p.Name + " " + m.GetType().Name, m, steps))],
            PostProcess = [.. p.PostProcess.Select(m => (IModule)new Timed(p.Name + " " + m.GetType().Name, m, steps))],
            Output = [.. p.Output.Select(m => (IModule)new Timed(p.Name + " " + m.GetType().Name, m, steps))],
        }).ToImmutableArray());
        var transforms = (ImmutableArray<IOutputTransform>)type.GetField("_transforms", Private)!.GetValue(engine)!;
        type.GetField("_transforms", Private)!.SetValue(engine, transforms.Select(t => (IOutputTransform)new TimedTransform(t, steps)).ToImmutableArray());
        var analyzers = (ImmutableArray<IAnalyzer>)type.GetField("_analyzers", Private)!.GetValue(engine)!;
        type.GetField("_analyzers", Private)!.SetValue(engine, analyzers.Select(a => (IAnalyzer)new TimedAnalyzer(a, steps)).ToImmutableArray());
    }

    private static async Task<T> Time<T>(string name, ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu, int Calls)> steps, Func<Task<T>> work)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var result = await work();
        var (wall, used) = (clock.Elapsed, Environment.CpuUsage.TotalTime - cpu);
        steps.AddOrUpdate(name, (wall, used, 1), (_, s) => (s.Wall + wall, s.Cpu + used, s.Calls + 1));
        return result;
    }

    private sealed class Timed(string name, IModule inner, ConcurrentDictionary<string, (TimeSpan, TimeSpan, int)> steps) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, IExecutionContext context) =>
            Time(name, steps, () => inner.ExecuteAsync(inputs, context));
    }

    private sealed class TimedTransform(IOutputTransform inner, ConcurrentDictionary<string, (TimeSpan, TimeSpan, int)> steps) : IOutputTransform
    {
        public Task<ImmutableArray<Document>> TransformAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
            Time("(transform) " + inner.GetType().Name, steps, () => inner.TransformAsync(documents, context));
    }

    private sealed class TimedAnalyzer(IAnalyzer inner, ConcurrentDictionary<string, (TimeSpan, TimeSpan, int)> steps) : IAnalyzer
    {
        public Task AnalyzeAsync(ImmutableArray<Document> documents, IExecutionContext context) =>
            Time("(analyzer) " + inner.GetType().Name, steps, async () => { await inner.AnalyzeAsync(documents, context); return 0; });
    }
}
