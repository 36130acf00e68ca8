using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// A small site (Fixtures/comparison-site) with its own comparison of two stakeholders: a YAML file alone
/// gives a page, downloads and a listing, with no code written for it.
/// </summary>
public sealed class ComparisonFixtureSiteTests
{
    public static string Input => Path.Combine(RepoPaths.Root, "tests", "ExplainerSite.Tests", "Fixtures", "comparison-site", "input");

    [Fact]
    public async Task A_new_yaml_comparison_gives_a_page_downloads_and_a_listing()
    {
        using var temp = new TempFolder();
        var result = await SiteBuilder.BuildAsync(Input, RepoPaths.Theme, temp.Combine("out"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var output = temp.Combine("out");
        var definition = Definitions(Input)["two-voices"];
        var stakeholders = Records(Input, "stakeholders");

        var page = await PageAsync(output, "/compare/two-voices/");
        Assert.Equal(definition.Title, page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("table.compare-matrix tbody tr");
        Assert.Equal(definition.Items.Select(i => stakeholders[i.Id].Values.Text("name")), rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = rows[i].QuerySelectorAll("td");
            for (var a = 0; a < definition.Rows.Count; a++)
            {
                var expected = Lookup(stakeholders[definition.Items[i].Id], definition.Rows[a].Attribute.Id);
                Assert.Equal(expected.Sources, CitedSources(cells[a], page));
                if (expected.Missing) Assert.Equal("No public position found", VisibleText(cells[a]));
                else Assert.StartsWith(expected.Value!, VisibleText(cells[a]));
            }
        }
        Assert.Equal("Worth the cost?", page.QuerySelectorAll("table.compare-matrix thead th")[2].ChildNodes[0].TextContent);

        var csv = ReadCsv(await File.ReadAllTextAsync(Path.Combine(output, "data", "compare", "two-voices.csv")));
        var stance = ((DataObject)stakeholders["alpha"].Values.List("positions")[0]!).Text("stance");
        Assert.Contains(csv, line => line[3] == "positions.go-ahead" && line[5] == "alpha" && line[7] == stance);
        Assert.Contains(csv, line => line[0] == "source" && line[3] == "F2" && line[4] == "Second fixture source, with a comma");
        Assert.True(File.Exists(Path.Combine(output, "data", "compare", "two-voices.json")));

        var index = await PageAsync(output, "/compare/");
        Assert.NotNull(index.QuerySelector("a[href='/compare/two-voices/']"));
        Assert.NotNull(index.QuerySelector("a[href='/data/compare/two-voices.json']"));
        var alpha = await PageAsync(output, "/stakeholders/alpha/");
        Assert.NotNull(alpha.QuerySelector("a[href='/compare/two-voices/']"));
    }

    [Fact]
    public async Task Intro_citations_are_numbered_first_and_cells_continue_the_numbering()
    {
        using var temp = new TempFolder();
        var result = await SiteBuilder.BuildAsync(Input, RepoPaths.Theme, temp.Combine("out"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = await PageAsync(temp.Combine("out"), "/compare/two-voices/");
        // The intro cites F2 then F1, so F2 is [1] wherever a cell cites it.
        Assert.Equal(["F2", "F1"], CitedSources(page.QuerySelector(".compare-intro")!, page));
        Assert.Equal([1, 2], page.QuerySelectorAll(".compare-intro sup.cite button").Select(CitationNumber));
        Assert.Equal(2, page.QuerySelectorAll(".references li").Length);
    }
}
