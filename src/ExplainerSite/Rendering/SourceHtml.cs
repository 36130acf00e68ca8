using ExplainerSite.Model;

namespace ExplainerSite.Rendering;

/// <summary>How a source is written as its entry on /sources/ (a page's references: Rendering/ReferenceList).</summary>
public static class SourceHtml
{
    /// <summary>
    /// For the /sources/ page: the title links to the original wherever its address is known; a source read via a
    /// copy says so beside the link, never instead of it.
    /// </summary>
    public static string Entry(Source s)
    {
        var title = s.Url is not null
            ? $"<a href=\"{Html.Encode(s.Url)}\" rel=\"external\">{Html.Encode(s.Title)}</a>"
            : $"<cite>{Html.Encode(s.Title)}</cite>";
        var archived = s.Access == Access.Archived ? " <span class=\"archived\">Read via an archived copy.</span>" : "";
        var note = s.Note is null ? "" : $" <span class=\"source-note\">{Html.InlineMarkdown(s.Note)}</span>";
        return title + Details(s) + archived + note;
    }

    private static string Details(Source s)
    {
        var parts = new[] { s.Author, s.Publisher, s.Date is null ? null : DateText.Format(s.Date) }
            .Where(p => !string.IsNullOrWhiteSpace(p) ).Select(p => Html.Encode(p)).ToList();
        return parts.Count == 0 ? "." : ". " + string.Join(", ", parts) + ".";
    }
}
