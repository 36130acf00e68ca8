using Pipework.Pipelines;

namespace ExplainerSite.Tests.TestSupport;

/// <summary>
/// The real site (input/ + theme/) built once per test run into a temp folder, for the many tests that read
/// its output. Search indexing is left out: it is tested on its own.
/// </summary>
public static class RealSite
{
    private static readonly Lazy<Task<(BuildResult Result, string Output)>> Build = new(async () =>
    {
        var output = Directory.CreateTempSubdirectory("explainersite-real-").FullName;
        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, Path.Combine(output, "site"), Options);
        return (result, Path.Combine(output, "site"));
    });

    /// <summary>The options every real-site test build uses.</summary>
    public static BuildOptions Options => new();

    public static async Task<string> OutputAsync()
    {
        var (result, output) = await Build.Value;
        Assert.True(result.Succeeded, "The real site must build: " + string.Join("\n", result.Diagnostics));
        return output;
    }

    public static async Task<BuildResult> ResultAsync() => (await Build.Value).Result;

    public static async Task<string> PageAsync(string relativePath) =>
        await File.ReadAllTextAsync(Path.Combine(await OutputAsync(), relativePath));
}
