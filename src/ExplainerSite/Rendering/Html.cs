using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pipework.Content.SafeUrls;
using Markdig;

namespace ExplainerSite.Rendering;

/// <summary>HTML text helpers shared by every piece of markup the site writes in C#.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Inline Markdown in data values: emphasis, code and links; raw HTML is escaped as in bodies, and a link or
    // image URL with a scheme other than http, https or mailto (javascript:, data: …) renders as '#'.
    private static readonly MarkdownPipeline Inline = new MarkdownPipelineBuilder().UseEmphasisExtras().UseSafeUrls().DisableHtml().Build();

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Renders one paragraph of Markdown without the surrounding &lt;p&gt;.</summary>
    public static string InlineMarkdown(string text)
    {
        var html = Markdown.ToHtml(text, Inline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^4];
        return html.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
