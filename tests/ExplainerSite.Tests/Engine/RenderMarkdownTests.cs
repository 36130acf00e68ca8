using System.Collections.Immutable;
using Pipework.Content;
using Pipework.Documents;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Engine;

public sealed class RenderMarkdownTests
{
    private static async Task<Document> Render(string markdown) =>
        (await EngineRunner.ProcessAsync(new RenderMarkdown(), new Document { Source = "a.md", Content = markdown })).Single();

    [Fact]
    public async Task Heading_ids_keep_non_Latin_text()
    {
        var doc = await Render("## 出口管制\n\n## Contrôle des exportations\n");

        Assert.Contains("<h2 id=\"出口管制\">出口管制</h2>", doc.Content);
        Assert.Contains("<h2 id=\"contrôle-des-exportations\">", doc.Content);
    }

    [Fact]
    public async Task Headings_become_metadata_with_level_id_and_plain_text()
    {
        var doc = await Render("# Export controls\n\nText.\n\n## The `EAR` rules\n");

        Assert.Equal(
            [new Heading(1, "export-controls", "Export controls"), new Heading(2, "the-ear-rules", "The EAR rules")],
            doc.GetRequired<ImmutableArray<Heading>>(Keys.Headings).ToArray());
    }

    [Fact]
    public async Task Word_count_counts_whitespace_separated_words()
    {
        var doc = await Render("One two  three\nfour.\n\nFive\tsix\n");

        Assert.Equal(6, doc.Get<int>(Keys.WordCount));
    }

    [Fact]
    public async Task Content_becomes_the_rendered_html_and_no_copy_is_kept_in_metadata()
    {
        var doc = await Render("Hello *world*\n");

        Assert.Equal("<p>Hello <em>world</em></p>\n", doc.Content);
        // The body is the content until a layout wraps it; a second reference would keep every body alive to the end.
        Assert.DoesNotContain(doc.Metadata.Values, v => v is string s && s == doc.Content);
    }

    [Fact]
    public async Task Pipe_tables_render_alignment_as_classes_not_inline_styles()
    {
        var doc = await Render("| Country | Year | Note |\n|:---|---:|:-:|\n| NL | 2023 | a |\n| BE | | b |\n");

        Assert.Contains("<table>", doc.Content);
        // A strict CSP (style-src 'self') blocks inline styles, so alignment is a class the stylesheet styles.
        Assert.Contains("<th class=\"align-left\">Country</th>", doc.Content);
        Assert.Contains("<th class=\"align-right\">Year</th>", doc.Content);
        Assert.Contains("<td class=\"align-right\">2023</td>", doc.Content);
        Assert.Contains("<td class=\"align-center\">b</td>", doc.Content);
        Assert.DoesNotContain("style=", doc.Content);
    }

    [Fact]
    public async Task Pipe_tables_without_alignment_get_no_class()
    {
        var doc = await Render("| Country | Year |\n|---|---|\n| NL | 2023 |\n");

        Assert.Contains("<th>Country</th>", doc.Content);
        Assert.Contains("<td>2023</td>", doc.Content);
    }

    [Fact]
    public async Task Footnotes_render_with_links_both_ways()
    {
        var doc = await Render("A claim.[^1]\n\n[^1]: The source.\n");

        Assert.Contains("<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", doc.Content);
        Assert.Contains("<div class=\"footnotes\">", doc.Content);
        Assert.Contains("<li id=\"fn:1\">", doc.Content);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\n")]
    [InlineData("Inline <script>alert(1)</script> text\n")]
    [InlineData("<img src=x onerror=alert(1)>\n")]
    public async Task Raw_HTML_is_escaped_not_passed_through(string markdown)
    {
        var doc = await Render(markdown);

        Assert.DoesNotContain("<script", doc.Content);
        Assert.DoesNotContain("<img", doc.Content);
        Assert.Contains("&lt;", doc.Content);
    }

    [Fact]
    public async Task Generic_attributes_are_not_enabled()
    {
        var doc = await Render("# Title {onclick=alert(1)}\n");

        Assert.DoesNotContain("onclick=\"", doc.Content);
    }
}
