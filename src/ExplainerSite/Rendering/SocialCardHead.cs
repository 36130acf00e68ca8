using System.Collections.Immutable;
using Pipework.Documents;
using Pipework.Pipelines;
using ExplainerSite.Model;
using ExplainerSite.Publishing;

namespace ExplainerSite.Rendering;

/// <summary>
/// Which pages get a social card, where it is written and what the head says about it. One rule for both
/// sides, so every page's <c>og:image</c> names a file <see cref="GenerateSocialCards"/> writes.
/// </summary>
public static class SocialCardHead
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Cards live beside the pages, not under <c>/assets/</c>: a card belongs to its page, and its address stays put.</summary>
    public const string Folder = "cards/";

    /// <summary>site.yml's <c>socialCards</c>.</summary>
    public static bool IsOn(IExecutionContext context) => context.SiteData().Settings.SocialCards;

    /// <summary>
    /// Every page drawn into a layout (so through the theme's head) that has a title: one that names a layout or
    /// falls back to one, as <c>RenderTemplate</c> decides (the site's pipelines give it no default layout).
    /// </summary>
    public static bool Has(Document page) =>
        page.Destination.EndsWith(".html", StringComparison.Ordinal)
        && (page.Get<string>(Keys.Layout) is not null || !page.Get<ImmutableArray<string>>(Keys.LayoutFallbacks).IsDefaultOrEmpty)
        && page.Get<string>(SiteKeys.Title) is not null;

    /// <summary><c>explainers/x/index.html</c> → <c>cards/explainers/x/index.png</c>: one card per page, no two alike.</summary>
    public static string DestinationOf(Document page) => Folder + page.Destination[..^".html".Length] + ".png";

    /// <summary>What <c>page.socialCard</c> is in templates: the card's absolute URL and its text alternative; null without a card.</summary>
    public static Dictionary<string, object?>? HeadValues(Document page, IExecutionContext context)
    {
        if (!IsOn(context) || !Has(page)) return null;
        var title = page.GetRequired<string>(SiteKeys.Title);
        var site = context.SiteData().Settings.Title;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // Absolute on the site's address; --base-path moves it like every other URL on that address.
            ["url"] = SiteUrls.Absolute(context, "/" + DestinationOf(page)),
            ["width"] = Width,
            ["height"] = Height,
            ["alt"] = title == site ? site : $"{title} · {site}",
        };
    }
}
