using Pipework.Documents;
using Pipework.Finalize;
using Pipework.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>
/// What <c>theme/partials/cite-this.liquid</c> reads as <c>page.citation</c> (null on pages that are not cited):
/// the suggested citation's parts and the links to the page's BibTeX and CSL-JSON.
/// </summary>
public static class PageCitation
{
    /// <param name="siteUrl">The site's address without a trailing slash.</param>
    /// <param name="formatDate">How a YYYY-MM-DD date reads on the page ("28 November 2026").</param>
    public static Dictionary<string, object?>? For(
        Document document, SiteData data, IExecutionContext context, string siteName, string siteUrl,
        Func<string, string> formatDate)
    {
        if (CitablePage.From(document, data) is not { } page) return null;
        var absolute = siteUrl + page.Path;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = siteName,
            ["title"] = page.Title,
            // Inside the quotation marks, as style guides put it, unless the title ends in its own mark.
            ["quotedTitle"] = page.Title.Length > 0 && page.Title[^1] is '?' or '!' or '.'
                ? page.Title
                : page.Title + ".",
            ["dateLabel"] = DateLabel(page, formatDate),
            ["href"] = absolute,
            // Text is not rewritten by the base-path transform (only URLs in attributes are), so the address a
            // reader copies is moved here, with the same map the transform uses for the href.
            ["url"] = Public(absolute, context.Settings.BasePath, siteUrl),
            ["bibUrl"] = "/" + page.BibDestination,
            ["jsonUrl"] = "/" + page.JsonDestination,
        };
    }

    /// <summary>The address as served: under <c>--base-path</c> when one is set.</summary>
    public static string Public(string absolute, string basePath, string siteUrl) =>
        basePath == "/" ? absolute : RewriteBasePath.Map(basePath, siteUrl)(absolute) ?? absolute;

    private static string? DateLabel(CitablePage page, Func<string, string> format)
    {
        if (page.Published is null) return page.Updated is null ? null : "Updated " + format(page.Updated);
        var label = "Published " + format(page.Published);
        return page.Updated is null || page.Updated == page.Published
            ? label
            : label + ", updated " + format(page.Updated);
    }
}
