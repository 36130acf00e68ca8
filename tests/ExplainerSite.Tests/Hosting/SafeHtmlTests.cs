using Pipework.Content;
using Pipework.Content.SafeUrls;
using Pipework.Control;
using Pipework.Documents;
using Pipework.Templates;
using ExplainerSite.Rendering;
using ExplainerSite.Tests.TestSupport;
using Markdig;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// The rules that keep editors' text safe: raw HTML is escaped, unsafe link URLs are rejected in bodies and
/// neutralised everywhere, templates encode, and front matter cannot move a page out of output/.
/// </summary>
public sealed class SafeHtmlTests
{
    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("http://example.org/", true)]
    [InlineData("mailto:editor@example.org", true)]
    [InlineData("/explainers/", true)]
    [InlineData("../up/", true)]
    [InlineData("#top", true)]
    [InlineData("?q=1", true)]
    [InlineData("//cdn.example/x", true)]
    [InlineData("a:b/c", false)]
    [InlineData("page/with:colon", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" \u0001javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_http_https_mailto_and_paths_are_safe(string url, bool safe) =>
        Assert.Equal(safe, SafeUrl.IsSafe(url));

    [Fact]
    public void Engine_markdown_escapes_raw_html_and_renders_unsafe_urls_as_hash()
    {
        var pipeline = MarkdownPipelines.CreateBuilder().Build();
        var html = Markdown.ToHtml("<script>alert(1)</script>\n\n[a](javascript:alert(1)) <vbscript:x> ![i](data:image/png;base64,AA) [ok](/ok/)", pipeline);
        Assert.Equal(
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p><a href=\"#\">a</a> <a href=\"#\">vbscript:x</a> <img src=\"#\" alt=\"i\" /> <a href=\"/ok/\">ok</a></p>\n",
            html);
    }

    [Fact]
    public void Inline_markdown_in_data_values_escapes_html_and_neutralises_unsafe_links()
    {
        Assert.Equal("<a href=\"#\">x</a> &lt;img src=x onerror=alert(1)&gt; <em>e</em>",
            Html.InlineMarkdown("[x](javascript:alert(1)) <img src=x onerror=alert(1)> *e*"));
    }

    [Fact]
    public void Templates_html_encode_values_by_default()
    {
        using var temp = new TempFolder();
        temp.Write("layouts/t.liquid", "<p title=\"{{ v }}\">{{ v }}</p>");
        var html = new ThemeTemplates(temp.Path).Render("t", new Dictionary<string, object?> { ["v"] = "\"><script>alert('x')</script>" }, "", "t.md");
        Assert.Equal("<p title=\"&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>", html);
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/etc/x")]
    [InlineData("..")]
    [InlineData("a\\b")]
    [InlineData("c:x")]
    public async Task Slug_that_would_leave_the_output_folder_is_an_error_at_the_front_matter(string slug)
    {
        var front = new OrderedDictionary<string, object?> { ["slug"] = slug };
        var doc = new Document { Source = "explainers/x.md" }.With(Keys.FrontMatter, front).With(Keys.FrontMatterLine, 2);

        var result = await EngineRunner.ProcessAsync(new SetDestination(), doc);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"explainers/x.md:2:1: error ES0021: output path '{slug}' leaves the output folder", error.ToString());
    }
}
