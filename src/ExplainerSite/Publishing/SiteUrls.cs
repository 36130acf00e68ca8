using Pipework.Host.Cli;
using Pipework.Pipelines;
using ExplainerSite.Rendering;

namespace ExplainerSite.Publishing;

/// <summary>Absolute addresses: the site's URL (site.yml's <c>url</c>, or <c>--site-url</c>) joined with a site path.</summary>
public static class SiteUrls
{
    /// <summary>The site's URL without a trailing slash, e.g. <c>https://example.org</c> or <c>https://example.org/docs</c>.</summary>
    public static string Base(IExecutionContext context) =>
        (context.Get<BuildOptions>().SiteUrl ?? context.SiteData().Settings.Url).TrimEnd('/');

    /// <summary>The absolute URL of a site path such as <c>/explainers/</c>.</summary>
    public static string Absolute(IExecutionContext context, string path) => Base(context) + path;
}
