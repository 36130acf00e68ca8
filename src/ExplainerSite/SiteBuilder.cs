using ExplainerSite.Cli;
using ExplainerSite.Engine.Analyzers;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Engine.Templates;
using ExplainerSite.Pipelines;

namespace ExplainerSite;

/// <summary>Builds this site: the engine with the site's pipelines and services, for the CLI and the tests alike.</summary>
public static class SiteBuilder
{
    public static Engine.Pipelines.Engine CreateEngine(EngineSettings settings, BuildOptions options)
    {
        Model.NativeAotRoots.Keep();
        // Links are checked on the final HTML; the site's own absolute URLs (canonical links) count as internal.
        var engine = new Engine.Pipelines.Engine(SitePipelines.All(), [new CheckLinks(Publishing.SiteUrls.Base) { LaterPaths = ["/" + Search.IndexSearch.BundleFolder + "/"] }], Hosting.SiteTransforms.All())
            .AddService(new ThemeTemplates(settings.ThemeRoot))
            .AddService(options);
        return options.Search is null ? engine : engine.AddOutputStep(new Search.IndexSearch(options.Search));
    }

    public static Task<BuildResult> BuildAsync(string input, string theme, string output, BuildOptions? options = null, bool writeOutput = true)
    {
        var settings = new EngineSettings(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output)) { WriteOutput = writeOutput, BasePath = (options ?? new BuildOptions()).BasePath };
        return CreateEngine(settings, options ?? new BuildOptions()).BuildAsync(settings);
    }
}
