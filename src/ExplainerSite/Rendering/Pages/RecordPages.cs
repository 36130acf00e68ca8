using ExplainerSite.Citations;
using ExplainerSite.Engine.Pipelines;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Pages;

/// <summary>The record shown on a stakeholder, model or policy page: every attribute as a sourced row.</summary>
public static class RecordPages
{
    public static Dictionary<string, object?> Record(object record, SiteData data, CitationNumbering numbering, IExecutionContext context)
    {
        var collection = record switch
        {
            AiModel => ComparisonCollection.Models,
            PolicyOption => ComparisonCollection.Policies,
            _ => ComparisonCollection.Stakeholders,
        };
        var (id, name, summary) = record switch
        {
            AiModel m => (m.Id, m.Name, Html.InlineMarkdown(m.Summary)),
            PolicyOption p => (p.Id, p.Name, Html.InlineMarkdown(p.Summary)),
            Stakeholder s => (s.Id, s.Name, CellHtml.Render(s.Summary, numbering)),
            _ => throw new InvalidOperationException($"No page for {record.GetType().Name}."),
        };
        var rows = Collections.Attributes(data, collection)
            .Where(a => !(record is Stakeholder && a == "summary"))
            .Select(a => (object?)new Dictionary<string, object?>
            {
                ["attribute"] = a,
                ["label"] = Collections.Label(data, a),
                ["html"] = CellHtml.Render(Collections.GetCell(record, a), numbering),
            }).ToList();
        var comparisons = data.Comparisons
            .Where(c => c.Value.Collection == collection && c.Value.Items.Any(i => i.Id == id))
            .Select(c => (object?)new Dictionary<string, object?> { ["title"] = c.Value.Title, ["url"] = $"/compare/{c.Key}/" })
            .ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["name"] = name,
            ["collection"] = collection.ToString().ToLowerInvariant(),
            ["summaryHtml"] = summary,
            ["rows"] = rows,
            ["comparisons"] = comparisons,
            ["kind"] = record is Stakeholder st ? st.Kind.ToString().ToLowerInvariant() : null,
        };
    }
}
