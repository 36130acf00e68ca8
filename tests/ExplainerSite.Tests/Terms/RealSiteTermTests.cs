using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Terms;

/// <summary>The real site's explainers link their glossary terms, each to a heading of /glossary/ (issue 16).</summary>
public sealed class RealSiteTermTests
{
    [Fact]
    public async Task Every_explainer_links_its_terms_to_headings_of_the_glossary_once_each()
    {
        var output = await RealSite.OutputAsync();
        var glossary = new HtmlParser().ParseDocument(await RealSite.PageAsync("glossary/index.html"));
        var headings = glossary.QuerySelectorAll(".glossary h2[id]").Select(h => h.Id!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(glossary.QuerySelectorAll(".glossary h2").Length, headings.Count);

        var explainers = Directory.GetDirectories(Path.Combine(output, "explainers")).Order(StringComparer.Ordinal).ToList();
        Assert.True(explainers.Count >= 8, string.Join(", ", explainers));
        foreach (var folder in explainers)
        {
            var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(folder, "index.html")));
            var targets = page.QuerySelectorAll("button.term-ref").Select(b => b.GetAttribute("popovertarget")!).ToList();
            Assert.True(targets.Count >= 5, $"{Path.GetFileName(folder)} links only {targets.Count} terms");
            Assert.Equal(targets.Count, targets.Distinct().Count());
            foreach (var target in targets)
            {
                var link = page.GetElementById(target)!.QuerySelector("a")!.GetAttribute("href")!;
                Assert.StartsWith("/glossary/#", link);
                Assert.Contains(link["/glossary/#".Length..], headings);
            }
        }
    }
}
