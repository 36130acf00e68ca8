using BenchmarkDotNet.Attributes;
using Pipework.Pipelines;

namespace ExplainerSite.Benchmarks;

/// <summary>
/// The whole site through every pipeline, in process (start-up and JIT excluded), written to a temporary folder:
/// the difference between the two sizes divided by 98 is what one more explainer costs end to end.
/// </summary>
[MemoryDiagnoser]
public class SiteBenchmarks
{
    private string _output = "";

    [Params(2, 100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _output = Directory.CreateTempSubdirectory("explainersite-bench-site-").FullName;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);

    [Benchmark]
    public BuildResult BuildSite()
    {
        var result = SiteBuilder.BuildAsync(Corpus.Input(Pages), Corpus.Theme, Path.Combine(_output, "site")).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
