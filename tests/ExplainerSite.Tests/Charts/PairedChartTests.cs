using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Charts.ChartSvgReading;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Charts;

/// <summary>Kind paired on the Sonnet-vs-V3 comparison: every row of Table 6, one axis per scale, to scale.</summary>
public sealed class PairedChartTests
{
    private const string Url = "/compare/claude-3-5-sonnet-vs-deepseek-v3/";

    private static async Task<AngleSharp.Dom.IDocument> PageAsync() =>
        await Comparisons.ComparisonTestKit.PageAsync(await RealSite.OutputAsync(), Url);

    [Fact]
    public async Task The_comparison_shows_the_paired_chart_instead_of_the_bar_chart()
    {
        var page = await PageAsync();
        Assert.Null(page.QuerySelector("#deepseek-v3-table-6-chart"));
        var figure = page.QuerySelector("figure#chart-sonnet-vs-v3-table-6")!;
        var legend = figure.QuerySelector("g.legend")!.TextContent;
        Assert.True(legend.IndexOf("Claude-3.5-Sonnet-1022", StringComparison.Ordinal)
            < legend.IndexOf("DeepSeek-V3", StringComparison.Ordinal), legend);
        Assert.Contains("DeepSeek-V3 Technical Report", figure.QuerySelector(".chart-source")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_row_is_drawn_to_one_scale_per_panel_and_the_percentile_row_has_its_own()
    {
        var table = Tables().Single(t => t.Id == "deepseek-v3-table-6");
        var (left, right) = (table.Columns.ToList().FindIndex(c => c.Id == "claude-3-5-sonnet-20241022"),
            table.Columns.ToList().FindIndex(c => c.Id == "deepseek-v3"));
        var figure = (await PageAsync()).QuerySelector("figure#chart-sonnet-vs-v3-table-6")!;
        var rows = figure.QuerySelectorAll("g.row").ToList();
        Assert.Equal(table.Rows.Count, rows.Count);
        var percentile = figure.QuerySelector("g.panel[data-panel='percentile']")!;
        Assert.Equal("Codeforces · Percentile", Assert.Single(percentile.QuerySelectorAll("g.row")).GetAttribute("data-row"));
        var scores = figure.QuerySelector("g.panel[data-panel='score']")!;
        var points = new List<(double, double)>();
        foreach (var row in table.Rows.Where(r => r.Metric != "Percentile"))
        {
            var g = Assert.Single(scores.QuerySelectorAll("g.row"), g => g.GetAttribute("data-row") == $"{row.Benchmark} · {row.Metric}");
            points.Add((row.Scores[left]!.Value, Centre(g.QuerySelector("circle.s1")!).X));
            points.Add((row.Scores[right]!.Value, Centre(g.QuerySelector("rect.s2")!).X));
            Assert.Contains(row.Scores[left]!.Value.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture),
                g.TextContent, StringComparison.Ordinal);
        }
        AssertLinear(points);
    }

    [Fact]
    public async Task The_description_counts_the_rows_each_model_leads_from_the_data()
    {
        var table = Tables().Single(t => t.Id == "deepseek-v3-table-6");
        var ids = table.Columns.Select(c => c.Id).ToList();
        var (l, r) = (ids.IndexOf("claude-3-5-sonnet-20241022"), ids.IndexOf("deepseek-v3"));
        var v3 = table.Rows.Count(x => x.Scores[r] > x.Scores[l]);
        var sonnet = table.Rows.Count(x => x.Scores[l] > x.Scores[r]);
        var desc = (await PageAsync()).QuerySelector("figure#chart-sonnet-vs-v3-table-6 svg > desc")!.TextContent;
        Assert.Contains($"DeepSeek-V3 scores higher on {v3} and Claude-3.5-Sonnet-1022 on {sonnet}", desc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_score_is_said_not_drawn()
    {
        using var site = await ChartTestKit.BuildAsync();
        var figure = ChartTestKit.Figure(site, "/paired/", "alpha-vs-beta");
        var trivia = Assert.Single(figure.QuerySelectorAll("g.row"), g => g.GetAttribute("data-row") == "Trivia · F1");
        Assert.Single(trivia.QuerySelectorAll(".mark"));   // Beta has no score: only Alpha's marker, no line
        Assert.Null(trivia.QuerySelector("line"));
        Assert.Contains("n/a", trivia.TextContent, StringComparison.Ordinal);
        Assert.Contains(figure.QuerySelectorAll("td"), td => td.TextContent == "not reported");
        var quiz = Assert.Single(figure.QuerySelectorAll("g.row"), g => g.GetAttribute("data-row") == "Quiz · EM");
        Assert.Equal("85.25", quiz.QuerySelector("tspan.lead")!.TextContent);
    }
}
