using Pipework.Host.Cli;
using Pipework.Analyzers;
using Pipework.Pipelines;
using Pipework.Templates;
using ExplainerSite.Pipelines;
using Pipework.Host.Search;

namespace ExplainerSite;

/// <summary>Builds this site: the engine with the site's pipelines and services, for the CLI and the tests alike.</summary>
public static class SiteBuilder
{
    /// <summary>The engine's builder with this site's pipelines, link checker, transforms, services and search step.</summary>
    public static SiteEngineBuilder Configure(EngineSettings settings, BuildOptions options)
    {
        Model.NativeAotRoots.Keep();
        var builder = new SiteEngineBuilder()
            .AddPipelines(SitePipelines.All())
            // Links are checked on the final HTML; the site's own absolute URLs (canonical links) count as internal.
            .AddAnalyzer(new CheckLinks(Publishing.SiteUrls.Base) { LaterPaths = ["/" + IndexSearch.BundleFolder + "/"] })
            // Every page must go out with its Content-Security-Policy (_headers and its meta): ES2205.
            .AddAnalyzer(new Hosting.CheckSecurityPolicy())
            .AddTransforms(Hosting.SiteTransforms.All())
            .AddService(new ThemeTemplates(settings.ThemeRoot))
            .AddService(options);
        return options.Search is null ? builder : builder.AddOutputStep(new IndexSearch(options.Search));
    }

    public static SiteEngine CreateEngine(EngineSettings settings, BuildOptions options) => Configure(settings, options).Build();

    public static Task<BuildResult> BuildAsync(string input, string theme, string output, BuildOptions? options = null, bool writeOutput = true)
    {
        var settings = new EngineSettings(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output)) { WriteOutput = writeOutput, BasePath = (options ?? new BuildOptions()).BasePath };
        return CreateEngine(settings, options ?? new BuildOptions()).BuildAsync(settings);
    }
}
