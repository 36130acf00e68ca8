using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Engine.Templates;
using ExplainerSite.Pipelines;

namespace ExplainerSite;

/// <summary>Builds this site: the engine with the site's pipelines and services, for the CLI and the tests alike.</summary>
public static class SiteBuilder
{
    public static Engine.Pipelines.Engine CreateEngine(EngineSettings settings, BuildOptions options) =>
        new Engine.Pipelines.Engine(SitePipelines.All())
            .AddService(new ThemeTemplates(settings.ThemeRoot))
            .AddService(options);

    public static Task<BuildResult> BuildAsync(string input, string theme, string output, BuildOptions? options = null, bool writeOutput = true)
    {
        var settings = new EngineSettings(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output)) { WriteOutput = writeOutput };
        return CreateEngine(settings, options ?? new BuildOptions()).BuildAsync(settings);
    }
}
