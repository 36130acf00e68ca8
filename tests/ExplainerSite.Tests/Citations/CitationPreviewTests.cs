using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Citations;

/// <summary>
/// On every page of the real site: a citation opens a preview of its source (popover, no script), the reference list
/// links straight to the original and then to the /sources/ entry, and links back to every citation (issue 15).
/// </summary>
public sealed class CitationPreviewTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        var output = RealSite.OutputAsync().GetAwaiter().GetResult();
        var files = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories);
        foreach (var file in files.Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(output, file).Replace('\\', '/'));
        return data;
    }

    private static readonly IReadOnlyDictionary<string, DataRecord> Sources = Records(RepoPaths.Input, "sources");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Citations_open_previews_and_references_link_to_the_original_and_back(string file)
    {
        var page = new HtmlParser().ParseDocument(await RealSite.PageAsync(file));
        var buttons = page.QuerySelectorAll("sup.cite button").ToList();
        var references = page.QuerySelectorAll(".references > ol > li").ToList();
        Assert.Equal(references.Count, page.QuerySelectorAll(".references [popover]").Length);
        foreach (var button in buttons)
        {
            Assert.Equal("button", button.GetAttribute("type"));
            var preview = page.GetElementById(button.GetAttribute("popovertarget")!);
            Assert.True(preview is not null && preview.HasAttribute("popover"), $"{file}: {button.Id} opens no preview");
        }
        foreach (var (li, i) in references.Select((li, i) => (li, i + 1)))
        {
            Assert.Equal($"ref-{i}", li.Id);
            var id = li.QuerySelector("a.source-entry")!.GetAttribute("href")!["/sources/#".Length..];
            var source = Sources[id];
            var first = li.Children.First();
            if (source.Values.Text("url") is null)
                Assert.Equal("CITE", first.TagName);
            else
                Assert.Equal(source.Values.Text("url"), first.GetAttribute("href"));
            Assert.Equal(source.Values.Text("title")!, first.TextContent);
            Assert.Equal(source.Values.Text("access") == "archived", li.QuerySelector(".archived") is not null);

            var preview = page.GetElementById($"cite-preview-{i}")!;
            Assert.Contains(source.Values.Text("title")!, preview.TextContent);
            Assert.Equal(source.Values.Text("url"), preview.QuerySelector("a[rel=external]")?.GetAttribute("href"));
            Assert.NotNull(preview.QuerySelector($"a[href='/sources/#{id}']"));

            // One back-link per citation of this reference, each to a citation that opens this reference's preview.
            var citing = buttons.Where(b => b.GetAttribute("popovertarget") == $"cite-preview-{i}")
                .Select(b => "#" + b.Id);
            Assert.Equal(citing, li.QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")));
        }
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Amodeis_essay_links_to_its_original_and_says_it_was_read_via_a_copy()
    {
        var page = new HtmlParser().ParseDocument(await RealSite.PageAsync("sources/index.html"));
        var entry = page.GetElementById("S3")!;
        Assert.Equal("https://www.darioamodei.com/post/on-deepseek-and-export-controls",
            entry.QuerySelector("a[rel=external]")!.GetAttribute("href"));
        Assert.Contains("Read via an archived copy.", entry.TextContent);
    }

    [Fact]
    public async Task Printed_pages_carry_their_own_address_and_date()
    {
        var page = new HtmlParser().ParseDocument(await RealSite.PageAsync("explainers/overview/index.html"));
        var printed = page.QuerySelector(".site-footer .print-only")!.TextContent;
        var expected = "Printed from https://explainer-site.netlify.app/explainers/overview/, updated 1 December 2026.";
        Assert.Equal(expected, printed);
    }
}
