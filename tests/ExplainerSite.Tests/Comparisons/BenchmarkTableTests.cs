using System.Globalization;
using AngleSharp.Dom;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>The benchmark tables on /compare/claude-3-5-sonnet-vs-deepseek-v3/ against input/benchmarks.yml.</summary>
public sealed class BenchmarkTableTests
{
    private const string Page = "/compare/claude-3-5-sonnet-vs-deepseek-v3/";

    public static readonly TheoryData<string> Tables = new() { "deepseek-v3-table-6", "anthropic-claude-3-5-sonnet-oct-2024" };

    private static async Task<(TestTable Table, IElement Section, IDocument Page)> LoadAsync(string tableId)
    {
        var table = Tables().Single(t => t.Id == tableId);
        var page = await PageAsync(await RealSite.OutputAsync(), Page);
        var section = page.QuerySelector($"section.benchmark[aria-labelledby='{tableId}']")
            ?? throw new Xunit.Sdk.XunitException($"no section for {tableId}");
        return (table, section, page);
    }

    /// <summary>The table's column indexes in the order the page shows them: the comparison's items first (in its
    /// order), so the two compared models stand side by side, then the reference columns as printed.</summary>
    private static List<int> Shown(TestTable table)
    {
        var items = Definitions(RepoPaths.Input)["claude-3-5-sonnet-vs-deepseek-v3"].Items.Select(i => i.Id).ToList();
        var ids = table.Columns.Select(c => c.Id).ToList();
        return [.. items.Select(i => ids.IndexOf(i)).Where(k => k >= 0), .. Enumerable.Range(0, ids.Count).Where(k => !items.Contains(ids[k]))];
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_score_equals_the_data_and_each_row_leader_is_marked_without_colour(string tableId)
    {
        var (table, section, _) = await LoadAsync(tableId);
        var expectedRows = table.Rows.GroupBy(r => r.Group).OrderBy(g => g.Key).SelectMany(g => g).ToList();
        var rows = section.QuerySelectorAll("tbody tr:not(.group-row)");
        Assert.Equal(expectedRows.Count, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = expectedRows[r];
            Assert.StartsWith(row.Benchmark, rows[r].QuerySelector("th")!.TextContent.Trim());
            var cells = rows[r].QuerySelectorAll("td");
            Assert.Equal(row.Scores.Count, cells.Length);
            var best = row.Scores.Where(s => s is not null).Max();
            var shown = Shown(table);
            for (var k = 0; k < cells.Length; k++)
            {
                var text = VisibleText(cells[k]);
                if (row.Scores[shown[k]] is not { } score)
                {
                    Assert.Equal("–", text);
                    Assert.Contains("not reported", cells[k].TextContent);
                    continue;
                }
                var number = text.Split(' ')[0];
                Assert.EndsWith(row.Unit, number);
                Assert.Equal(score, double.Parse(number[..^row.Unit.Length], CultureInfo.InvariantCulture));
                var leads = score == best;
                Assert.Equal(leads, cells[k].QuerySelector("strong") is not null);
                Assert.Equal(leads, text.EndsWith('▲'));
                Assert.Equal(leads, cells[k].TextContent.Contains("(highest)", StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Rows_are_grouped_under_header_rows_in_group_order(string tableId)
    {
        var (table, section, _) = await LoadAsync(tableId);
        var groups = table.Rows.Select(r => r.Group).Distinct().Order().ToList();
        var headers = section.QuerySelectorAll("tr.group-row th[scope='rowgroup']").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(groups.Count, headers.Count);
        for (var g = 0; g < groups.Count; g++)
            Assert.StartsWith(groups[g].ToString(), headers[g], StringComparison.OrdinalIgnoreCase);
        Assert.All(section.QuerySelectorAll("tbody"), body => Assert.NotNull(body.QuerySelector("tr.group-row")));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task The_table_has_a_caption_citing_its_source_and_marks_reference_columns(string tableId)
    {
        var (table, section, page) = await LoadAsync(tableId);
        var caption = section.QuerySelector("table caption")!;
        Assert.Equal([table.Source.Id], CitedSources(caption, page));
        var items = Definitions(RepoPaths.Input)["claude-3-5-sonnet-vs-deepseek-v3"].Items.Select(i => i.Id).ToHashSet();
        var headers = section.QuerySelectorAll("thead th").Skip(1).ToList();
        var shown = Shown(table);
        Assert.Equal(shown.Select(k => table.ColumnLabels[k]), headers.Select(h => h.QuerySelector("a")!.TextContent.Trim()));
        for (var k = 0; k < headers.Count; k++)
        {
            Assert.Equal($"/models/{table.Columns[shown[k]].Id}/", headers[k].QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(!items.Contains(table.Columns[shown[k]].Id), headers[k].TextContent.Contains("reference", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_gpt_4o_reference_column_is_shown()
    {
        var (_, section, _) = await LoadAsync("deepseek-v3-table-6");
        Assert.Contains(section.QuerySelectorAll("thead th.reference"), th => th.TextContent.Contains("GPT-4o", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_caveats_are_cited()
    {
        var page = await PageAsync(await RealSite.OutputAsync(), Page);
        var definition = Definitions(RepoPaths.Input)["claude-3-5-sonnet-vs-deepseek-v3"];
        var items = page.QuerySelectorAll(".compare-caveats li");
        Assert.Equal(definition.Caveats.Count, items.Length);
        for (var i = 0; i < items.Length; i++)
            Assert.Equal(definition.Caveats[i].Sources.Select(s => s.Id), CitedSources(items[i], page));
    }
}
