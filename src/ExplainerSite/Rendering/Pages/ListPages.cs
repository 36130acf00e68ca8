using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Pages;

/// <summary>The rows of the list pages: timeline, glossary, sources, stakeholders.</summary>
public static class ListPages
{
    public static List<object?> Timeline(SiteData data, CitationNumbering numbering) =>
        [.. data.Timeline
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => (object?)new Dictionary<string, object?>
            {
                ["date"] = e.Date,
                ["dateLabel"] = DateText.Format(e.Date),
                ["dateNote"] = e.DateNote,
                ["title"] = e.Title,
                ["html"] = CellHtml.Sourced(e.Description, e.Sources, numbering),
                ["tags"] = e.Tags.Select(t => (object?)t.ToString().ToLowerInvariant()).ToList(),
            })];

    public static List<object?> Glossary(SiteData data, CitationNumbering numbering)
    {
        var terms = data.Glossary.ToDictionary(g => g.Id, StringComparer.Ordinal);
        return [.. data.Glossary
            .OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Id, StringComparer.Ordinal)
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["id"] = g.Id,
                ["term"] = g.Term,
                ["html"] = CellHtml.Sourced(g.Definition, g.Sources, numbering),
                ["seeAlso"] = g.SeeAlso.Where(r => terms.ContainsKey(r.Id))
                    .Select(r => (object?)new Dictionary<string, object?> { ["id"] = r.Id, ["term"] = terms[r.Id].Term }).ToList(),
            })];
    }

    public static List<object?> Sources(SiteData data) =>
        [.. data.Sources
            .OrderBy(s => SortKey(s.Id), StringComparer.Ordinal)
            .Select(s => (object?)new Dictionary<string, object?> { ["id"] = s.Id, ["html"] = SourceHtml.Entry(s) })];

    /// <summary>S2 before S10: pad the number so ids sort as people expect.</summary>
    private static string SortKey(string id)
    {
        var digits = new string(id.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return digits.Length == 0 ? id : id[..id.IndexOf(digits, StringComparison.Ordinal)] + digits.PadLeft(6, '0') + id[(id.IndexOf(digits, StringComparison.Ordinal) + digits.Length)..];
    }

    public static List<object?> Stakeholders(SiteData data, CitationNumbering numbering) =>
        [.. data.Stakeholders.Select(s => (object?)new Dictionary<string, object?>
        {
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["kind"] = s.Kind.ToString().ToLowerInvariant(),
            ["url"] = $"/stakeholders/{s.Id}/",
            ["roleHtml"] = CellHtml.Render(s.Role, numbering),
        })];
}
