using System.Globalization;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// The bar chart of a score table, the older form of a comparison's <c>charts:</c> (a table's id): accessible,
/// script-free, and drawn to scale from the data. The real site now names a chart of input/charts.yml there, so
/// these build a copy of it whose comparison names the table again.
/// </summary>
public sealed class BenchmarkChartTests
{
    private static double Number(string? value) => double.Parse(value!, CultureInfo.InvariantCulture);

    private const string Comparison = "comparisons/claude-3-5-sonnet-vs-deepseek-v3.yml";

    private static readonly Lazy<Task<string>> Output = new(async () =>
    {
        var root = Directory.CreateTempSubdirectory("explainersite-barchart-").FullName;
        RepoPaths.CopyTree(RepoPaths.Input, Path.Combine(root, "input"));
        var file = Path.Combine(root, "input", Comparison);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("charts: [sonnet-vs-v3-table-6]", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text.Replace("charts: [sonnet-vs-v3-table-6]", "charts: [deepseek-v3-table-6]",
            StringComparison.Ordinal));
        var result = await SiteBuilder.BuildAsync(Path.Combine(root, "input"), RepoPaths.Theme, Path.Combine(root, "out"),
            RealSite.Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Path.Combine(root, "out");
    });

    private static async Task<AngleSharp.Dom.IElement> ChartAsync()
    {
        var page = await PageAsync(await Output.Value, "/compare/claude-3-5-sonnet-vs-deepseek-v3/");
        return page.QuerySelector("#deepseek-v3-table-6-chart svg") ?? throw new Xunit.Sdk.XunitException("no chart");
    }

    [Fact]
    public async Task Bar_lengths_are_proportional_to_the_scores_in_benchmarks_yml()
    {
        var table = Tables().Single(t => t.Id == "deepseek-v3-table-6");
        var svg = await ChartAsync();
        var bars = svg.QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(table.Rows.Sum(r => r.Scores.Count(s => s is not null)), bars.Count);
        var ratios = new List<double>();
        foreach (var row in table.Rows)
        {
            var name = row.Metric.Length == 0 ? row.Benchmark : $"{row.Benchmark} · {row.Metric}";
            for (var k = 0; k < row.Scores.Count; k++)
            {
                var bar = Assert.Single(bars, b => b.GetAttribute("data-row") == name && b.GetAttribute("data-column") == table.Columns[k].Id);
                Assert.Equal(0, Number(bar.GetAttribute("x")));
                ratios.Add(Number(bar.GetAttribute("width")) / row.Scores[k]!.Value);
            }
        }
        // One scale for every bar: width = score × (plot width / 100), to the 0.01 the SVG is written with.
        Assert.All(ratios, r => Assert.Equal(ratios[0], r, 0.001));
        var widest = bars.Max(b => Number(b.GetAttribute("width")));
        Assert.True(widest <= Number(svg.GetAttribute("viewBox")!.Split(' ')[2]), "bars fit in the chart");
    }

    [Fact]
    public async Task The_chart_is_an_accessible_image_without_script_that_follows_the_text_colour()
    {
        var svg = await ChartAsync();
        Assert.Equal("img", svg.GetAttribute("role"));
        var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(2, ids.Length);
        Assert.Equal("title", svg.QuerySelector($"[id='{ids[0]}']")!.LocalName);
        Assert.Equal("desc", svg.QuerySelector($"[id='{ids[1]}']")!.LocalName);
        Assert.Contains("table above", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(svg.QuerySelectorAll("script"));
        Assert.DoesNotContain(svg.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.Equal("currentColor", svg.GetAttribute("fill"));
        Assert.All(svg.QuerySelectorAll("text"), t => Assert.Null(t.GetAttribute("fill")));
        // The reference column is hatched, not just another colour.
        Assert.All(svg.QuerySelectorAll("rect.bar.ref"), r => Assert.StartsWith("url(#", r.GetAttribute("fill")));
    }
}
