using Pipework.Pipelines;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>The hostile-content fixture sites (Fixtures/hostile/escaped and …/rejected), built with the real theme.</summary>
public static class HostileFixture
{
    public static string Input(string name) => Path.Combine(RepoPaths.Root, "tests", "ExplainerSite.Tests", "Fixtures", "hostile", name, "input");

    private static readonly Lazy<Task<(BuildResult Result, string Output)>> Escaped = new(() => BuildAsync("escaped"));

    /// <summary>The 'escaped' site, built once per test run.</summary>
    public static Task<(BuildResult Result, string Output)> EscapedAsync() => Escaped.Value;

    public static async Task<(BuildResult Result, string Output)> BuildAsync(string name, string basePath = "/")
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("explainersite-hostile-").FullName, "site");
        var result = await SiteBuilder.BuildAsync(Input(name), RepoPaths.Theme, output, new BuildOptions { BasePath = basePath });
        return (result, output);
    }
}
