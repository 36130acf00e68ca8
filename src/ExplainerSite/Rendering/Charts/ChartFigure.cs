using System.Text;
using ExplainerSite.Model;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// Writes any chart as the same markup (docs/theme.md, "Charts"): a <c>&lt;figure&gt;</c> holding the inline SVG (an
/// image named by its <c>&lt;title&gt;</c> and described by its <c>&lt;desc&gt;</c>), the data as a table in a
/// <c>&lt;details&gt;</c> (no script needed to read either), and a caption with the title, the description, the
/// note and the source line, each source cited with the page's citation marks. No inline styles: the theme's CSS
/// colours the classes.
/// </summary>
public static class ChartFigure
{
    /// <param name="cite">The citation marks of one source, numbered with the rest of the page.</param>
    public static string Render(Chart chart, SiteData data, Func<string, string> cite)
    {
        var kind = ChartKinds.Find(chart.Kind) ?? throw new InvalidOperationException($"no chart kind '{chart.Kind}'");
        var drawing = kind.Draw(chart, data);
        var id = chart.HtmlId;
        var html = new StringBuilder();
        html.Append($"<figure class=\"chart-figure chart-{Html.Encode(kind.Name)}\" id=\"{Html.Encode(id)}\">\n");
        html.Append($"<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"{Html.Encode(id)}-title {Html.Encode(id)}-desc\"")
            .Append($" viewBox=\"0 0 {Svg.N(drawing.Width)} {Svg.N(drawing.Height)}\" width=\"{Svg.N(drawing.Width)}\"")
            .Append($" height=\"{Svg.N(drawing.Height)}\" fill=\"currentColor\" font-size=\"11.5\">")
            .Append($"<title id=\"{Html.Encode(id)}-title\">{Html.Encode(chart.Title)}</title>")
            .Append($"<desc id=\"{Html.Encode(id)}-desc\">{Html.Encode(Join(chart.Description, drawing.Summary))}</desc>")
            .Append(drawing.Body).Append("</svg>\n");
        html.Append(Table(chart, drawing));
        html.Append("<figcaption>");
        html.Append($"<p class=\"chart-title\">{Html.Encode(chart.Title)}</p>");
        html.Append($"<p class=\"chart-desc\">{Html.Encode(chart.Description)}</p>");
        if (chart.Note is { Length: > 0 } note) html.Append($"<p class=\"chart-note\">{Html.InlineMarkdown(note)}</p>");
        html.Append(SourceLine(chart, data, cite));
        html.Append("</figcaption>\n</figure>\n");
        return html.ToString();
    }

    private static string Join(string description, string summary) =>
        description.Length == 0 ? summary : summary.Length == 0 ? description : description.TrimEnd() + " " + summary;

    /// <summary>The data as a table, folded away: the text alternative for those who cannot see the picture, and
    /// the exact numbers for those who can.</summary>
    private static string Table(Chart chart, ChartDrawing drawing)
    {
        var t = new StringBuilder();
        t.Append("<details class=\"chart-data\"><summary>The chart's data as a table</summary>\n");
        t.Append($"<table class=\"chart-table\"><caption>{Html.Encode(chart.Title)}</caption>\n<thead><tr>");
        foreach (var h in drawing.Header) t.Append($"<th scope=\"col\">{Html.Encode(h)}</th>");
        t.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in drawing.Rows)
        {
            t.Append("<tr>");
            for (var k = 0; k < row.Count; k++)
                t.Append(k == 0 ? $"<th scope=\"row\">{Html.Encode(row[k])}</th>" : $"<td>{Html.Encode(row[k])}</td>");
            t.Append("</tr>\n");
        }
        t.Append("</tbody></table></details>\n");
        return t.ToString();
    }

    private static string SourceLine(Chart chart, SiteData data, Func<string, string> cite)
    {
        var parts = chart.Sources.Select(id => (data.Source(id)?.Values.Text("title") is { } title
            ? $"<cite>{Html.Encode(title)}</cite>" : Html.Encode(id)) + cite(id)).ToList();
        // A chart of records that each cite their own sources (a timeline) says where they are instead.
        if (parts.Count == 0)
            return $"<p class=\"chart-source\">Sources: those cited with each {Html.Encode(chart.From.Type.Record ?? "record")} drawn.</p>";
        return $"<p class=\"chart-source\">{(parts.Count == 1 ? "Source" : "Sources")}: {string.Join("; ", parts)}</p>";
    }
}
