using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Publishing;

namespace ExplainerSite.Rendering;

/// <summary>
/// What <c>theme/partials/head.liquid</c> reads beyond title and description: the canonical URL (null for the
/// 404 page, which gets <c>noindex</c> instead), the Open Graph type, the pre-rendered JSON-LD and the social card (og:image), if any.
/// </summary>
public static class HeadData
{
    public static void Add(Dictionary<string, object?> page, Document document, IExecutionContext context)
    {
        page["canonical"] = SiteFeeds.IsIndexable(document) ? SiteUrls.Absolute(context, document.Url) : null;
        page["ogType"] = document.Get<ExplainerFrontMatter>(SiteKeys.Front) is null ? "website" : "article";
        page["jsonLd"] = JsonLd.For(document, context);
        page["socialCard"] = SocialCardHead.HeadValues(document, context);
    }
}
