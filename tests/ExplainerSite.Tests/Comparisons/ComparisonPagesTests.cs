using AngleSharp.Dom;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// The real site's comparison pages against the data files (issue 4): every cell shows the value, note and
/// "as of" of its record, cites exactly the record's sources through the page's reference list, and contains
/// no number the data does not.
/// </summary>
public sealed class ComparisonPagesTests
{
    public static readonly TheoryData<string> Required = new() { "claude-3-5-sonnet-vs-deepseek-v3", "policy-options", "stakeholder-positions" };

    public static TheoryData<string> AllComparisons() => [.. Definitions(RepoPaths.Input).Keys];

    [Theory]
    [MemberData(nameof(Required))]
    public async Task The_required_comparison_pages_exist_and_are_listed_on_compare(string id)
    {
        var output = await RealSite.OutputAsync();
        var page = await PageAsync(output, $"/compare/{id}/");
        Assert.Equal(Definitions(RepoPaths.Input)[id].Title, page.QuerySelector("h1")!.TextContent.Trim());
        var index = await PageAsync(output, "/compare/");
        Assert.NotNull(index.QuerySelector($"a[href='/compare/{id}/']"));
        Assert.NotNull(index.QuerySelector($"a[href='/data/compare/{id}.csv']"));
        Assert.NotNull(page.QuerySelector($"a[href='/data/compare/{id}.json']"));
        Assert.True(File.Exists(Path.Combine(output, "data", "compare", id + ".csv")));
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Every_cell_equals_its_record_and_cites_its_sources(string id)
    {
        var definition = Definitions(RepoPaths.Input)[id];
        var records = Records(RepoPaths.Input, definition.Collection);
        var page = await PageAsync(await RealSite.OutputAsync(), $"/compare/{id}/");
        var rows = page.QuerySelectorAll("table.compare-matrix tbody tr");
        var byItems = definition.ItemsAsRows;
        Assert.Equal(byItems ? definition.Items.Count : definition.Rows.Count, rows.Length);
        for (var a = 0; a < definition.Rows.Count; a++)
        {
            for (var i = 0; i < definition.Items.Count; i++)
            {
                var cell = byItems ? rows[i].QuerySelectorAll("td")[a] : rows[a].QuerySelectorAll("td")[i];
                var attribute = definition.Rows[a].Attribute.Id;
                var expected = Lookup(records[definition.Items[i].Id], attribute);
                AssertCell(expected, cell, page, $"{id}: {definition.Items[i].Id}.{attribute}");
            }
        }
    }

    private static void AssertCell(Expected expected, IElement cell, IDocument page, string where)
    {
        var text = VisibleText(cell);
        if (expected.Missing) Assert.Equal("No public position found", text);
        else if (expected.NotDisclosed) Assert.StartsWith("Not disclosed", text);
        else Assert.StartsWith(expected.Value!, text);
        if (expected.Note is not null) Assert.Contains(expected.Note, text);
        if (expected.AsOf is not null) Assert.Contains(expected.AsOf, text);
        if (expected.Quote is not null) Assert.Contains(expected.Quote, cell.QuerySelector("q")!.TextContent);
        Assert.Equal(expected.Sources, CitedSources(cell, page));
        var data = string.Join(" ", expected.Value, expected.Note, expected.AsOf, expected.Quote);
        foreach (var number in Numbers(text))
            Assert.True(data.Contains(number, StringComparison.Ordinal), $"{where}: '{number}' is not in the data");
    }

    [Fact]
    public async Task Policy_options_every_cell_is_cited_and_each_option_is_one_row()
    {
        var page = await PageAsync(await RealSite.OutputAsync(), "/compare/policy-options/");
        var cells = page.QuerySelectorAll("table.compare-matrix td");
        Assert.Equal(4 * 6, cells.Length);
        Assert.All(cells, c => Assert.NotEmpty(CitedSources(c, page)));
        // One row per option (itemsAs: rows), so a phone's stacked cards read one option at a time, in the
        // same order a screen reader and the keyboard go through them.
        var rows = page.QuerySelectorAll("table.compare-matrix.items-as-rows tbody tr");
        Assert.Equal(
            Collection(RepoPaths.Input, "policies").Select(p => p.Values.Text("name")),
            rows.Select(r => r.QuerySelector("th[scope=row] a")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal(6, r.QuerySelectorAll("td").Length));
    }

    [Fact]
    public async Task Stakeholder_positions_show_no_public_position_where_none_is_sourced()
    {
        var stakeholders = Records(RepoPaths.Input, "stakeholders");
        var questions = Collection(RepoPaths.Input, "questions");
        var page = await PageAsync(await RealSite.OutputAsync(), "/compare/stakeholder-positions/");
        var missing = page.QuerySelectorAll("table.compare-matrix td").Count(c => VisibleText(c) == "No public position found");
        var definition = Definitions(RepoPaths.Input)["stakeholder-positions"];
        var expected = definition.Items.Sum(i => definition.Rows.Count(r =>
            Lookup(stakeholders[i.Id], r.Attribute.Id).Missing));
        Assert.True(expected > 0);
        Assert.Equal(expected, missing);
        Assert.Equal(questions.Select(q => q.Values.Text("short")), page.QuerySelectorAll("table.compare-matrix thead th").Skip(1)
            .Select(th => th.ChildNodes.First().TextContent.Trim()));
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Citations_are_numbered_in_reading_order_continuing_the_intro(string id)
    {
        var page = await PageAsync(await RealSite.OutputAsync(), $"/compare/{id}/");
        var seen = new List<int>();
        foreach (var n in page.QuerySelectorAll("main sup.cite button").Select(CitationNumber))
            if (!seen.Contains(n)) seen.Add(n);
        Assert.Equal(Enumerable.Range(1, seen.Count), seen);
        Assert.Equal(seen.Count, page.QuerySelectorAll(".references li").Length);
        var intro = page.QuerySelector(".compare-intro");
        if (intro?.QuerySelector("sup.cite button") is { } first)
            Assert.Equal(1, CitationNumber(first));
    }

    [Fact]
    public async Task Intro_citations_resolve_to_the_sources_written_in_the_yaml()
    {
        var page = await PageAsync(await RealSite.OutputAsync(), "/compare/claude-3-5-sonnet-vs-deepseek-v3/");
        var intro = Definitions(RepoPaths.Input)["claude-3-5-sonnet-vs-deepseek-v3"].Intro!;
        var written = System.Text.RegularExpressions.Regex.Matches(intro, @"@([A-Za-z0-9]+)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(written, CitedSources(page.QuerySelector(".compare-intro")!, page));
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Record_pages_link_to_the_comparisons_they_appear_in(string id)
    {
        var output = await RealSite.OutputAsync();
        var definition = Definitions(RepoPaths.Input)[id];
        var folder = definition.Collection;
        foreach (var item in definition.Items)
        {
            var record = await PageAsync(output, $"/{folder}/{item.Id}/");
            Assert.NotNull(record.QuerySelector($"a[href='/compare/{id}/']"));
            var page = await PageAsync(output, $"/compare/{id}/");
            Assert.NotNull(page.QuerySelector($"a[href='/{folder}/{item.Id}/']"));
        }
    }
}
