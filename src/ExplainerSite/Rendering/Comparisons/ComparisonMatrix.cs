using ExplainerSite.Citations;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Comparisons;

/// <summary>
/// The comparison table as the layout renders it: column headers, then rows of a header and cells. With items
/// as columns each row is an attribute; with items as rows, each row is an item and the attributes are columns.
/// Cells are numbered in reading order (row by row), continuing the page's numbering.
/// </summary>
public static class ComparisonMatrix
{
    public static Dictionary<string, object?> Build(ComparisonData c, CitationNumbering numbering)
    {
        var itemsAsRows = c.ItemsAsRows;
        var columns = itemsAsRows
            ? c.Attributes.Select(a => Header(a.Label, a.Detail, null)).ToList()
            : c.Items.Select(i => Header(i.Name, null, i.Url)).ToList();
        var rows = new List<object?>();
        var rowCount = itemsAsRows ? c.Items.Count : c.Attributes.Count;
        for (var r = 0; r < rowCount; r++)
        {
            var cells = new List<object?>();
            for (var k = 0; k < columns.Count; k++)
            {
                var cell = itemsAsRows ? c.Cell(k, r) : c.Cell(r, k);
                cells.Add(new Dictionary<string, object?>
                {
                    ["html"] = CellHtml.Render(cell, numbering),
                    ["label"] = columns[k]["label"],
                    ["status"] = Status(cell),
                });
            }
            var header = itemsAsRows
                ? Header(c.Items[r].Name, null, c.Items[r].Url)
                : Header(c.Attributes[r].Label, c.Attributes[r].Detail, null);
            header["cells"] = cells;
            rows.Add(header);
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["itemsAs"] = itemsAsRows ? "rows" : "columns",
            ["corner"] = itemsAsRows ? c.Collection.Noun ?? c.Collection.Name : "",
            ["columns"] = columns.Cast<object?>().ToList(),
            ["rows"] = rows,
        };
    }

    /// <summary>
    /// How a cell's value stands: reported, notDisclosed, notCovered (our sources do not give it), or a keyed
    /// list's declared missing status. Also written in the downloads, so a reader never takes an empty value for a reported one.
    /// </summary>
    public static string Status(Cell cell) =>
        cell.Missing ? cell.MissingStatus : cell.NotDisclosed ? "notDisclosed" : cell.NotCovered ? "notCovered" : "reported";

    private static Dictionary<string, object?> Header(string label, string? detail, string? url) =>
        new(StringComparer.Ordinal) { ["label"] = label, ["detail"] = detail, ["url"] = url };
}
