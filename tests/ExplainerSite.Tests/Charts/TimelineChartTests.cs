using System.Globalization;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Charts.ChartSvgReading;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Charts;

/// <summary>Kind timeline: a real time scale, a lane per track, labels that never overlap, the busy month zoomed.</summary>
public sealed class TimelineChartTests
{
    private static async Task<AngleSharp.Dom.IElement> RealChartAsync()
    {
        var page = await PageAsync(await RealSite.OutputAsync(), "/timeline/");
        return page.QuerySelector("figure#chart-timeline-2022-2025") ?? throw new Xunit.Sdk.XunitException("no timeline chart");
    }

    private static double Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;

    [Fact]
    public async Task Every_event_of_timeline_yml_is_drawn_once_the_january_ones_in_the_zoomed_panel()
    {
        var events = Collection(RepoPaths.Input, "timeline");
        var figure = await RealChartAsync();
        var panels = figure.QuerySelectorAll("svg > g.panel").ToList();
        Assert.Equal(2, panels.Count);
        var drawn = panels.SelectMany(p => p.QuerySelectorAll("g.event")).ToList();
        Assert.Equal(events.Count, drawn.Count);
        var january = events.Count(e => e.Values.Text("date")!.StartsWith("2025-01", StringComparison.Ordinal));
        Assert.Equal(january, panels[1].QuerySelectorAll("g.event").Length);
        Assert.Contains($"{january} events", panels[0].QuerySelector("g.zoom-summary")!.TextContent, StringComparison.Ordinal);
        // Every event's title is in the picture and in the table, in date order.
        Assert.Equal(["Date", "Timeline track", "Event"], figure.QuerySelectorAll("table.chart-table thead th").Select(th => th.TextContent));
        var rows = figure.QuerySelectorAll("table.chart-table tbody tr").ToList();
        Assert.Equal(events.Count, rows.Count);
        foreach (var e in events)
            Assert.Contains(rows, r => r.Children[2].TextContent == e.Values.Text("title"));
    }

    [Fact]
    public async Task Within_a_panel_a_marker_is_placed_linearly_in_time_in_the_lane_of_its_track()
    {
        var figure = await RealChartAsync();
        foreach (var panel in figure.QuerySelectorAll("svg > g.panel"))
        {
            var points = panel.QuerySelectorAll("g.event").Select(g => (Date: Day(g.GetAttribute("data-date")!),
                Marker: g.QuerySelector(".mark")!)).ToList();
            AssertLinear([.. points.Select(p => (p.Date, Centre(p.Marker).Y))]);
            // One x per lane: t1, t2, t3 are three columns.
            var lanes = points.GroupBy(p => p.Marker.ClassList.First(c => c.StartsWith('t')))
                .ToDictionary(g => g.Key, g => g.Select(p => Centre(p.Marker).X).Distinct().ToList());
            Assert.All(lanes.Values, xs => Assert.Single(xs));
        }
        var legend = figure.QuerySelector("g.legend")!.TextContent;
        Assert.Contains("Rules and official actions", legend, StringComparison.Ordinal);
        Assert.Contains("Chips, models and papers", legend, StringComparison.Ordinal);
        Assert.Contains("Statements and reactions", legend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_never_overlap_and_one_moved_from_its_date_has_a_leader_line()
    {
        var figure = await RealChartAsync();
        foreach (var panel in figure.QuerySelectorAll("svg > g.panel"))
        {
            var previousBottom = double.NegativeInfinity;
            foreach (var g in panel.QuerySelectorAll("g.event, g.zoom-summary"))
            {
                var text = g.QuerySelector("text")!;
                var first = Number(text.GetAttribute("y"));
                var lines = text.QuerySelectorAll("tspan").Length;
                Assert.True(first - 9 >= previousBottom - 0.01, $"'{text.TextContent}' overlaps the label above it");
                previousBottom = first - 9 + lines * 13.5;
                if (g.QuerySelector(".mark") is { } mark && Math.Abs(Centre(mark).Y - first) > 1.5)
                    Assert.NotNull(g.QuerySelector("path.leader"));
            }
        }
    }

    [Fact]
    public async Task Hostile_text_is_escaped_in_the_picture_the_table_and_the_caption()
    {
        const string files = """
            -- input/events.yml --
            - date: "2024-03-01"
              title: "<script>alert(1)</script> & \"quoted\""
              lane: rules
              sources: [S1]
            - date: "2024-04-01"
              title: "<img src=x onerror=alert(2)>"
              lane: models
              sources: [S1]
            """;
        using var site = await ChartTestKit.BuildAsync(files
            + "\n-- input/charts.yml --\n- id: events-timeline\n  kind: timeline\n  title: \"<script>t()</script>\"\n"
            + "  description: \"</desc><script>d()</script>\"\n  sources: []\n  from: events\n  date: date\n  label: title\n"
            + "  track: lane\n- id: alpha-vs-beta\n  kind: paired\n  title: \"P\"\n  description: \"P.\"\n  sources: [S1]\n"
            + "  from: scores\n  table: table-1\n  left: alpha\n  right: beta\n");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var figure = ChartTestKit.Figure(site, "/timeline/", "events-timeline");
        Assert.Empty(figure.QuerySelectorAll("script, img"));
        Assert.Equal("<script>t()</script>", figure.QuerySelector("svg > title")!.TextContent);
        Assert.StartsWith("</desc><script>d()</script>", figure.QuerySelector("svg > desc")!.TextContent, StringComparison.Ordinal);
        // A label is wrapped into lines (tspans): compare without the spaces that became line breaks.
        Assert.Contains("<script>alert(1)</script>&\"quoted\"", figure.QuerySelector("svg")!.TextContent.Replace(" ", ""),
            StringComparison.Ordinal);
        Assert.Contains(figure.QuerySelectorAll("td"), td => td.TextContent == "<img src=x onerror=alert(2)>");
        Assert.Equal("<script>t()</script>", figure.QuerySelector("figcaption .chart-title")!.TextContent);
    }

    [Fact]
    public async Task A_month_only_date_is_drawn_mid_month_with_a_hollow_marker()
    {
        using var site = await ChartTestKit.BuildAsync();
        var figure = ChartTestKit.Figure(site, "/timeline/", "events-timeline");
        var approx = Assert.Single(figure.QuerySelectorAll("g.event"), g => g.QuerySelector(".mark.approx") is not null);
        Assert.Equal("2025-01-15", approx.GetAttribute("data-date"));
        Assert.Contains("January 2025", approx.TextContent, StringComparison.Ordinal);
        Assert.Contains("month or year only", figure.QuerySelector("g.legend")!.TextContent, StringComparison.Ordinal);
    }
}
