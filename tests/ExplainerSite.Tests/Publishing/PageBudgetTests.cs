using System.Text.RegularExpressions;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Publishing;

/// <summary>Budgets on the real output: page weight, no third-party requests, system fonts, nothing inline a
/// strict CSP would block (issue 5; the CSP itself is issue 7).</summary>
public sealed partial class PageBudgetTests
{
    // 100 KiB until the explainers gained charts, glossary previews and references with back-links (December 2026:
    // the export-controls page reached 103.6 KB). What a reader's phone downloads is the compressed size, which
    // every host here sends and which is budgeted too.
    public const int ExplainerBudgetBytes = 128 * 1024;
    public const int ExplainerCompressedBudgetBytes = 32 * 1024;

    private static long GzipLength(string path)
    {
        using var sink = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(sink, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path))
            file.CopyTo(gzip);
        return sink.Length;
    }

    [Fact]
    public async Task Every_explainer_with_its_CSS_JS_and_fonts_stays_under_128_KB_and_32_KB_compressed()
    {
        var output = await RealSite.OutputAsync();
        var explainers = OutputPages.All(output).Where(p => p.Url.StartsWith("/explainers/", StringComparison.Ordinal) && p.Url != "/explainers/").ToList();
        Assert.NotEmpty(explainers);
        foreach (var page in explainers)
        {
            var assets = page.Html.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Where(u => !u!.StartsWith("/pagefind/", StringComparison.Ordinal))   // search loads on demand, on /search/ only
                .Select(u => LocalFile(output, u!)).ToList();
            var fonts = assets.Where(a => a.EndsWith(".css", StringComparison.Ordinal))
                .SelectMany(css => CssUrl().Matches(File.ReadAllText(css)).Select(m => m.Groups[1].Value))
                .Where(u => FontFile().IsMatch(u))
                .Select(u => LocalFile(output, u)).ToList();
            var files = assets.Concat(fonts).Distinct().Prepend(Path.Combine(output, page.File)).ToList();
            var total = files.Sum(f => new FileInfo(f).Length);
            Assert.True(total < ExplainerBudgetBytes, $"{page.File} weighs {total} bytes with its assets; the budget is {ExplainerBudgetBytes}.");
            var compressed = files.Sum(GzipLength);
            Assert.True(compressed < ExplainerCompressedBudgetBytes,
                $"{page.File} weighs {compressed} bytes gzipped with its assets; the budget is {ExplainerCompressedBudgetBytes}.");
        }
    }

    [Fact]
    public async Task No_page_requests_anything_from_another_host()
    {
        var output = await RealSite.OutputAsync();
        foreach (var page in OutputPages.All(output))
        {
            foreach (var element in page.Html.QuerySelectorAll("link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data], img[srcset]"))
            {
                var rel = element.GetAttribute("rel");
                if (element.LocalName == "link" && rel is "canonical" or "alternate") continue;   // metadata, not requests
                var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data") ?? element.GetAttribute("srcset")!;
                Assert.False(IsRemote(url), $"{page.File}: <{element.LocalName}> loads {url}");
            }
        }
        foreach (var css in Directory.EnumerateFiles(output, "*.css", SearchOption.AllDirectories).Where(f => !f.Contains("pagefind", StringComparison.Ordinal)))
        {
            var text = await File.ReadAllTextAsync(css);
            Assert.DoesNotContain("@import", text);
            Assert.All(CssUrl().Matches(text), m => Assert.False(IsRemote(m.Groups[1].Value), $"{css}: url({m.Groups[1].Value})"));
        }
    }

    [Fact]
    public async Task Theme_uses_system_fonts()
    {
        var output = await RealSite.OutputAsync();
        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => FontFile().IsMatch(f));
        var styles = Directory.EnumerateFiles(Path.Combine(output, "assets"), "*.css", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.All(styles, text => Assert.DoesNotContain("@font-face", text));
        Assert.Contains(styles, text => text.Contains("system-ui", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_have_no_inline_styles_or_inline_executable_scripts()
    {
        foreach (var page in OutputPages.All(await RealSite.OutputAsync()))
        {
            Assert.Empty(page.Html.QuerySelectorAll("style"));
            Assert.All(page.Html.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.Empty(page.Html.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => $"{page.File}: <{e.LocalName}>"));
        }
    }

    [Fact]
    public async Task Search_page_loads_Pagefind_from_root_relative_URLs_and_says_what_to_do_without_JavaScript()
    {
        var page = Assert.Single(OutputPages.All(await RealSite.OutputAsync()), p => p.Url == "/search/");
        var scripts = page.Html.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal("/pagefind/pagefind-ui.js", scripts[0]);
        Assert.Matches(@"^/assets/search(\.[0-9a-f]+)?\.js$", scripts[1]);
        Assert.Equal("/pagefind/pagefind-ui.css", page.Html.QuerySelector("main link[rel=stylesheet]")?.GetAttribute("href"));
        var noscript = page.Html.QuerySelector("#search noscript")!.InnerHtml;
        Assert.Contains("needs JavaScript", noscript);
        Assert.Contains("href=\"/explainers/\"", noscript);
        // Pagefind loads on the search page only.
        Assert.All(OutputPages.All(await RealSite.OutputAsync()).Where(p => p.Url != "/search/"),
            p => Assert.DoesNotContain("/pagefind/", p.Html.DocumentElement.OuterHtml));
    }

    private static bool IsRemote(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal);

    private static string LocalFile(string output, string url)
    {
        Assert.StartsWith("/", url);
        var path = Path.Combine(output, url.TrimStart('/').Split('?', '#')[0]);
        Assert.True(File.Exists(path), $"{url} is not in the output");
        return path;
    }

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"\.(woff2?|ttf|otf|eot)(\?|#|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FontFile();
}
