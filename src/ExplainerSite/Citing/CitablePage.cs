using Pipework.Documents;
using ExplainerSite.Model;

namespace ExplainerSite.Citing;

/// <summary>
/// A page readers can cite (an explainer or a comparison): its title, site path and dates. The one place that
/// reads them off a document, so the citation block, the BibTeX and the CSL-JSON always agree.
/// </summary>
/// <param name="Path">The page's site path, e.g. <c>/explainers/overview/</c>.</param>
/// <param name="Published">YYYY-MM-DD, or null when the page gives none.</param>
public sealed record CitablePage(string Title, string Path, string? Published, string? Updated)
{
    /// <summary>The date of the version a reader sees: the last update, else the publication.</summary>
    public string? Date => Updated ?? Published;

    /// <summary>Its downloads: <c>/explainers/overview/</c> → <c>cite/explainers/overview</c> (+ .bib, .json).</summary>
    public string FileStem => "cite/" + Path.Trim('/');

    public string BibDestination => FileStem + ".bib";

    public string JsonDestination => FileStem + ".json";

    /// <summary>A BibTeX key and CSL id from the path: letters, digits and hyphens only.</summary>
    public string Key => string.Join('-', Path.Trim('/').Split('/'));

    /// <param name="data">The build's data: a record page is cited only when its collection has the
    /// <c>comparisons</c> role (the pages of stakeholders, models … are not).</param>
    public static CitablePage? From(Document document, SiteData data)
    {
        if (!data.Settings.CiteThisPage || document.Url.Length == 0 || document.Url == "/") return null;
        if (document.Get<ExplainerFrontMatter>(SiteKeys.Front) is { } explainer)
            return new(explainer.Title, document.Url, explainer.Published, explainer.Updated);
        // Only a comparison's page carries its record (its downloads and the index do not).
        if (document.Get<DataRecord>(SiteKeys.Record) is { } record
            && data.Declaration(document.Get<string>(SiteKeys.Collection))?.Role == CollectionRole.Comparisons)
        {
            var v = record.Values;
            return new(v.Text(ComparisonFields.Title) ?? "", document.Url,
                v.Text(ComparisonFields.Published), v.Text(ComparisonFields.Updated));
        }
        return null;
    }
}
