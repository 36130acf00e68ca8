using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Modules;

namespace ExplainerSite.Rendering;

public static class SiteContext
{
    /// <summary>The build's bound data (the Data pipeline's single document).</summary>
    public static SiteData SiteData(this IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Data).FirstOrDefault()?.Get<SiteData>(CollectSiteData.SiteDataKey) ?? new SiteData();
}
