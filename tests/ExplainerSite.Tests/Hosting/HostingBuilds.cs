using Pipework.Pipelines;
using ExplainerSite.Publishing;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// The real site built once per test run for the hosting tests: at the root and under <see cref="SubPath"/>,
/// both for <see cref="SiteUrl"/>, with the Pagefind index when Node.js is on PATH (it is in CI).
/// </summary>
public static class HostingBuilds
{
    public const string SubPath = "/explainer/";
    public const string SiteUrl = "https://example.org";

    private static readonly Lazy<Task<PagefindCommand?>> Search = new(async () =>
        ProcessRunner.FindOnPath("node") is null ? null : await PagefindTool.PrepareAsync(TextWriter.Null, searchFrom: [RepoPaths.Root]));

    private static readonly Lazy<Task<Built>> RootBuild = new(() => BuildAsync("/"));
    private static readonly Lazy<Task<Built>> SubBuild = new(() => BuildAsync(SubPath));

    /// <summary>A finished build: its result, its output folder, and whether it has a search index.</summary>
    public sealed record Built(BuildResult Result, string Output, bool HasSearch);

    public static Task<Built> RootAsync() => RootBuild.Value;
    public static Task<Built> SubPathAsync() => SubBuild.Value;

    private static async Task<Built> BuildAsync(string basePath)
    {
        var search = await Search.Value;
        var output = Path.Combine(Directory.CreateTempSubdirectory("explainersite-hosting-").FullName, "site");
        var options = new BuildOptions { SiteUrl = SiteUrl, BasePath = basePath, Search = search };
        var result = await SiteBuilder.BuildAsync(RepoPaths.Input, RepoPaths.Theme, output, options);
        Assert.True(result.Succeeded, $"The real site must build with base path {basePath}:\n" + string.Join("\n", result.Diagnostics));
        return new Built(result, output, search is not null);
    }
}
