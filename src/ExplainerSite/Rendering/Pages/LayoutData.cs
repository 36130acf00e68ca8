using ExplainerSite.Citations;
using ExplainerSite.Engine.Documents;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Pages;

/// <summary>Adds to <c>page</c> what a data-driven layout renders, with cells and citations already in HTML.</summary>
public static class LayoutData
{
    public static void Add(Dictionary<string, object?> page, Document document, SiteData data, CitationNumbering numbering, IExecutionContext context)
    {
        switch (document.Get<string>(Keys.Layout))
        {
            case "timeline": page["events"] = ListPages.Timeline(data, numbering); break;
            case "glossary": page["terms"] = ListPages.Glossary(data, numbering); break;
            case "sources": page["sources"] = ListPages.Sources(data); break;
            case "stakeholders": page["stakeholders"] = ListPages.Stakeholders(data, numbering); break;
            case "compare-index": page["comparisons"] = Comparisons.ComparisonPage.Index(data); break;
        }
        if (document.Get<ComparisonDefinition>(SiteKeys.Comparison) is { } comparison)
            page["comparison"] = Comparisons.ComparisonPage.Build(document.GetRequired<string>(SiteKeys.ComparisonId), comparison, data, numbering);
        if (document.Get<object>(SiteKeys.Record) is { } record)
            page["record"] = RecordPages.Record(record, data, numbering, context);
    }
}
