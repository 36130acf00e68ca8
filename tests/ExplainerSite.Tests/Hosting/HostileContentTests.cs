using AngleSharp.Html.Parser;
using Pipework.Diagnostics;

namespace ExplainerSite.Tests.Hosting;

/// <summary>
/// Fixtures/hostile (see its README): what an editor writes cannot put script into a page. The 'escaped' site
/// builds to pages with none of it; the 'rejected' site fails with a positioned error for each unsafe link,
/// alias and slug, and writes nothing.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "data", "srcset", "xlink:href", "content"];

    [Fact]
    public async Task Escaped_fixture_builds_to_pages_with_no_script_handler_or_unsafe_url_of_its_own()
    {
        var (result, output) = await HostileFixture.EscapedAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 8);
        foreach (var file in pages)
        {
            var page = Path.GetRelativePath(output, file);
            var document = parser.ParseDocument(await File.ReadAllTextAsync(file));
            foreach (var element in document.All)
            {
                if (element.LocalName is "iframe" or "object" or "embed" or "style" or "base")
                    problems.Add($"{page}: <{element.LocalName}>");
                // The theme's own scripts are files under /assets/ or /pagefind/; JSON-LD is data, never run.
                if (element.LocalName == "script")
                {
                    var src = element.GetAttribute("src");
                    var isData = src is null && element.GetAttribute("type") == "application/ld+json" && !element.TextContent.Contains('<');
                    var isTheme = src is not null && (src.StartsWith("/assets/", StringComparison.Ordinal) || src.StartsWith("/pagefind/", StringComparison.Ordinal));
                    if (!isData && !isTheme) problems.Add($"{page}: <script> that is not the theme's");
                }
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Name == "style")
                        problems.Add($"{page}: {attribute.Name}= on <{element.LocalName}>");
                    if (UrlAttributes.Contains(attribute.Name) && UnsafeScheme(attribute.Value))
                        problems.Add($"{page}: {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // What was written is still there, as text.
        var explainer = await File.ReadAllTextAsync(Path.Combine(output, "explainers", "hostile", "index.html"));
        Assert.Contains("<p>&lt;script&gt;alert('block')&lt;/script&gt;</p>", explainer);
        Assert.Contains("&lt;img src=x onerror=alert('inline')&gt;", explainer);
        Assert.Contains("<h1>A title with &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; in it</h1>", explainer);
        Assert.Contains("content=\"A description with &quot;&gt;&lt;img src=x onerror=alert(&#x27;description&#x27;)&gt;\"", explainer);
        var sources = await File.ReadAllTextAsync(Path.Combine(output, "sources", "index.html"));
        Assert.Contains("<a href=\"#\">bad link</a>", sources);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", sources);
    }

    [Fact]
    public async Task Rejected_fixture_fails_with_a_positioned_error_for_each_unsafe_link_alias_and_slug()
    {
        var (result, output) = await HostileFixture.BuildAsync("rejected");

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(output));
        Assert.Equal(
            [
                "explainers/aliases.md:6:12: error ES2202: alias '/../../outside/' is not a safe address on this site",
                "explainers/aliases.md:6:31: error ES2202: alias 'relative/path/' is not a safe address on this site",
                "explainers/aliases.md:6:49: error ES2202: alias '//evil.example/' is not a safe address on this site",
                "explainers/aliases.md:6:68: error ES2202: alias '/ok/../../up/' is not a safe address on this site",
                "explainers/links.md:10:17: error ES2013: unsafe link 'javascript:alert(1)'",
                "explainers/links.md:12:13: error ES2013: unsafe link 'vbscript:msgbox(1)'",
                "explainers/links.md:12:56: error ES2013: unsafe link 'data:image/png;base64,iVBORw0KGgo='",
                "explainers/links.md:14:32: error ES2013: unsafe link 'JaVaScRiPt:alert(2)'",
                "explainers/slug.md:6:1: error ES0101: unknown key 'slug' in explainer front matter",
            ],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
    }

    private static bool UnsafeScheme(string value)
    {
        var v = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return v.StartsWith("javascript:", StringComparison.Ordinal) || v.StartsWith("vbscript:", StringComparison.Ordinal) || v.StartsWith("data:", StringComparison.Ordinal);
    }
}
