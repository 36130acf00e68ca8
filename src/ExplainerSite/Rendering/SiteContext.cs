using Pipework.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

public static class SiteContext
{
    /// <summary>The build's bound data (the Data pipeline's single document).</summary>
    public static SiteData SiteData(this IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Data).FirstOrDefault()?.Get<SiteData>(SiteKeys.SiteData) ?? new SiteData();
}
