using Pipework.IO;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Names;

namespace ExplainerSite.Citing;

/// <summary>The pipeline of this feature: the pages' citation files, the bibliography and list downloads.</summary>
public static class CitingPipeline
{
    public const string Name = "Citing";

    /// <param name="siteUrl">The site's address without a trailing slash (site.yml's url, or --site-url).</param>
    /// <param name="sort">Orders records by a collection's <c>list.sort</c> keys, as its list page does.</param>
    public static Pipeline Create(
        Func<IExecutionContext, string> siteUrl,
        Func<IEnumerable<DataRecord>, IReadOnlyList<string>, IEnumerable<DataRecord>> sort) => new(Name)
    {
        Dependencies = [PipelineNames.Data, PipelineNames.Explainers, PipelineNames.Comparisons, PipelineNames.Pages],
        Process =
        [
            new GenerateCitationFiles(siteUrl), new GenerateBibliographyDownloads(siteUrl, sort),
            new GenerateListDownloads(siteUrl, sort),
        ],
        Output = [new WriteFiles()],
    };

    /// <summary>The build's bound data (the Data pipeline's document), read here so this folder needs no other.</summary>
    public static SiteData SiteData(IExecutionContext context) =>
        context.OutputsOf(PipelineNames.Data).FirstOrDefault()?.Get<SiteData>(SiteKeys.SiteData) ?? new SiteData();
}
