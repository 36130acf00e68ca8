using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>
/// How a bibliography entry is written on the bibliography's list page (a page's references: ReferenceList). Entries have title and may have author, publisher, date, url, access (original or archived) and note.
/// </summary>
public static class SourceHtml
{
    /// <summary>
    /// For the bibliography's page: the title links to the original wherever its address is known; a source read
    /// via a copy says so beside the link, never instead of it.
    /// </summary>
    public static string Entry(DataRecord s)
    {
        var v = s.Values;
        var archived = v.Text("access") == "archived";
        var url = v.Text("url");
        var title = url is not null
            ? $"<a href=\"{Html.Encode(url)}\" rel=\"external\">{Html.Encode(v.Text("title"))}</a>"
            : $"<cite>{Html.Encode(v.Text("title"))}</cite>";
        var archivedNote = archived ? " <span class=\"archived\">Read via an archived copy.</span>" : "";
        var note = v.Text("note") is { } n ? $" <span class=\"source-note\">{Html.InlineMarkdown(n)}</span>" : "";
        return title + Details(s) + archivedNote + note;
    }

    private static string Details(DataRecord s)
    {
        var v = s.Values;
        var parts = new[] { v.Text("author"), v.Text("publisher"), v.Text("date") is { } d ? DateText.Format(d) : null }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Html.Encode(p)).ToList();
        return parts.Count == 0 ? "." : ". " + string.Join(", ", parts) + ".";
    }
}
