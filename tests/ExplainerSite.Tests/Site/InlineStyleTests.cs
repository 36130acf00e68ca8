using System.Text.RegularExpressions;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Site;

/// <summary>
/// The site's Content-Security-Policy allows styles only from its own stylesheet (<c>style-src 'self'</c>), so
/// no page may carry a <c>style</c> attribute or element: the browser would ignore it. Markdown table alignment
/// in particular arrives as classes.
/// </summary>
public sealed partial class InlineStyleTests
{
    [Fact]
    public async Task No_page_of_the_real_site_has_an_inline_style()
    {
        var output = await RealSite.OutputAsync();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var offenders = pages.Where(p => InlineStyle().IsMatch(File.ReadAllText(p)))
            .Select(p => Path.GetRelativePath(output, p)).ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public async Task A_right_aligned_markdown_column_of_an_explainer_is_a_class_the_stylesheet_aligns()
    {
        var html = await RealSite.PageAsync("explainers/deepseek-v3-cost/index.html");
        // Table 1's figures: "H800 GPU hours" and "Cost at $2 per GPU hour" are right-aligned (|--:|).
        Assert.Contains("<th class=\"align-right\">H800 GPU hours</th>", html);
        Assert.Contains("<td class=\"align-right\">2,664K</td>", html);
        Assert.Contains("<td>Pre-training</td>", html);
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css"));
        Assert.Matches(@"\.align-right \{ text-align: right; \}", css);
    }

    /// <summary>A <c>style="…"</c> attribute or a <c>&lt;style&gt;</c> element in a tag (not text that mentions one).</summary>
    [GeneratedRegex(@"<[a-zA-Z][^<>]*\sstyle\s*=|<style[\s>]")]
    private static partial Regex InlineStyle();
}
