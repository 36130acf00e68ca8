using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Charts.ChartTestKit;

namespace ExplainerSite.Tests.Charts;

/// <summary>
/// The chart mechanism through the real pipeline: charts declared as data, placed by ```chart blocks, every mistake
/// reported at its file, line and column with a "did you mean"; every kind's figure has the same accessible markup.
/// </summary>
public sealed class ChartMechanismTests
{
    [Fact]
    public async Task The_kit_site_builds_and_places_each_chart_where_its_block_stands()
    {
        using var site = await BuildAsync();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var page = Page(site, "/timeline/");
        var figure = Assert.Single(page.QuerySelectorAll("figure.chart-figure"));
        Assert.Equal("chart-events-timeline", figure.Id);
        Assert.Equal("P", figure.PreviousElementSibling!.TagName);   // after the intro paragraph
        Assert.NotNull(Figure(site, "/paired/", "alpha-vs-beta"));
    }

    [Theory]
    [InlineData("timeline", "/timeline/", "events-timeline")]
    [InlineData("paired", "/paired/", "alpha-vs-beta")]
    public async Task Every_kind_is_a_figure_with_a_named_described_svg_a_data_table_and_a_caption(string kind, string url, string id)
    {
        using var site = await BuildAsync();
        var figure = Figure(site, url, id);
        Assert.Contains("chart-" + kind, figure.ClassList);
        var svg = figure.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["title", "desc"], ids.Select(i => svg.QuerySelector($"[id='{i}']")!.LocalName));
        Assert.Matches(@"^0 0 \d+(\.\d+)? \d+(\.\d+)?$", svg.GetAttribute("viewBox"));
        Assert.Empty(figure.QuerySelectorAll("script, [style]"));
        Assert.DoesNotContain(figure.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        var table = figure.QuerySelector("details.chart-data table.chart-table")!;
        Assert.NotEmpty(table.QuerySelectorAll("tbody tr"));
        Assert.Equal("FIGCAPTION", figure.LastElementChild!.TagName);
        Assert.NotNull(figure.QuerySelector("figcaption .chart-title"));
        Assert.NotNull(figure.QuerySelector("figcaption .chart-source"));
    }

    [Fact]
    public async Task A_charts_sources_are_numbered_where_the_chart_stands()
    {
        using var site = await BuildAsync();
        var page = Page(site, "/paired/");
        // The chart (citing S1) comes before the paragraph citing S1 again: the chart's citation is number 1, use 1.
        var source = Figure(site, "/paired/", "alpha-vs-beta").QuerySelector(".chart-source")!;
        Assert.Contains("First source", source.TextContent, StringComparison.Ordinal);
        Assert.Equal("cite-1-1", source.QuerySelector("button.cite-ref")!.Id);
        Assert.Equal("cite-1-2", page.QuerySelectorAll("p button.cite-ref").Last().Id);
    }

    [Fact]
    public async Task Building_twice_writes_the_same_bytes()
    {
        using var one = await BuildAsync();
        using var two = await BuildAsync();
        Assert.Equal(one.Read("timeline/index.html"), two.Read("timeline/index.html"));
        Assert.Equal(one.Read("paired/index.html"), two.Read("paired/index.html"));
    }

    [Theory]
    // An unknown chart id in Markdown: at the id's line (front matter is 4 lines, the fence opens on line 7).
    [InlineData("-- input/extra/index.md --\n---\ntitle: \"X\"\ndescription: \"X.\"\n---\nText.\n\n```chart\nevents-timelin\n```\n",
        "extra/index.md:8:1: error ES2506: unknown chart 'events-timelin'; did you mean 'events-timeline'?")]
    [InlineData("-- input/extra/index.md --\n---\ntitle: \"X\"\ndescription: \"X.\"\n---\n```chart\n```\n",
        "extra/index.md:5:1: error ES2507: a chart block needs the id of a chart on its first line")]
    [InlineData("-- input/extra/index.md --\n---\ntitle: \"X\"\ndescription: \"X.\"\n---\n```chart\nalpha-vs-beta\n```\n\n```chart\nalpha-vs-beta\n```\n",
        "extra/index.md:10:1: error ES2508: chart 'alpha-vs-beta' is already on this page (line 6)")]
    public async Task A_misplaced_chart_is_an_error_at_its_position(string files, string expected)
    {
        using var site = await BuildAsync(files);
        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Diagnostics);
    }

    private const string OneChart = """
        -- input/charts.yml --
        - id: c
          kind: {0}
          title: "C"
          description: "C."
          sources: []
          from: {1}
        {2}
        -- input/timeline/index.md --
        ---
        title: "Timeline"
        description: "Events."
        ---
        None.
        -- input/paired/index.md --
        ---
        title: "Paired"
        description: "Scores."
        ---
        None.
        """;

    [Theory]
    [InlineData("timelin", "events", "  date: date\n  label: title",
        "charts.yml:2:9: error ES0104: 'timelin' is not a valid chart kind")]
    [InlineData("timeline", "events", "  date: dat\n  label: title",
        "charts.yml:7:9: error ES2500: unknown field 'dat' of events; did you mean 'date'?")]
    [InlineData("timeline", "events", "  date: title\n  label: title",
        "charts.yml:7:9: error ES2505: 'title' of events is a text field; 'date' of a 'timeline' chart needs a date field")]
    [InlineData("timeline", "events", "  date: date",
        "charts.yml:1:3: error ES2503: chart 'c' (kind 'timeline') needs 'label': the text field that labels each record")]
    [InlineData("timeline", "events", "  date: date\n  label: title\n  left: alpha",
        "charts.yml:9:9: error ES2502: chart kind 'timeline' does not use 'left'")]
    [InlineData("timeline", "events", "  date: date\n  label: title\n  track: count",
        "charts.yml:9:10: error ES2505: 'count' of events is a number field; 'track' of a 'timeline' chart needs an enum field (one value per record)")]
    [InlineData("timeline", "events", "  date: date\n  label: title\n  zoom: 2025",
        "charts.yml:1:3: error ES2513: zoom '2025' is not a month")]
    [InlineData("paired", "events", "  table: x\n  left: alpha\n  right: beta",
        "charts.yml:6:9: error ES2504: chart kind 'paired' draws a score table (a collection with role 'table'); collection 'events' is not one")]
    [InlineData("paired", "scores", "  table: table-1\n  left: alpha\n  right: delta",
        "charts.yml:9:10: error ES2004: unknown model 'delta'")]
    [InlineData("paired", "scores", "  table: table-1\n  left: alpha\n  right: beta\n  panel: rows.scal",
        "charts.yml:10:10: error ES2500: unknown field 'rows.scal' of scores; did you mean 'rows.scale'?")]
    [InlineData("paired", "scores", "  table: table-1\n  left: alpha\n  right: beta\n  panel: title",
        "charts.yml:10:10: error ES2505: 'title' of scores is a text field; 'panel' of a 'paired' chart needs an enum field of the table's rows (rows.FIELD)")]
    public async Task A_wrong_chart_record_is_an_error_at_its_position(string kind, string from, string mappings, string expected)
    {
        using var site = await BuildAsync(OneChart.Replace("{0}", kind).Replace("{1}", from).Replace("{2}", mappings));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_column_that_is_not_in_the_table_is_an_error_listing_the_columns()
    {
        var files = OneChart.Replace("{0}", "paired").Replace("{1}", "scores")
            .Replace("{2}", "  table: table-1\n  left: alpha\n  right: gamma")
            + "\n-- input/scores.yml --\n- id: table-1\n  title: \"T\"\n  source: S1\n  columns: [alpha, beta]\n  columnLabels: [A, B]\n"
            + "  rows:\n    - { group: code, benchmark: \"Q\", metric: \"EM\", scores: [1, 2] }\n";
        using var site = await BuildAsync(files);
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == "ES2509");
        Assert.Equal("charts.yml:9:10: error ES2509: 'gamma' is not a column of score table 'table-1'", error.ToString());
        Assert.Equal("Its columns: alpha, beta.", error.Hint);
    }

    [Fact]
    public async Task A_kind_the_generator_does_not_have_is_an_error_in_the_declaration()
    {
        var files = ChartTestKit.Collections.Replace("values: [timeline, paired]", "values: [timeline, paired, pie]");
        using var site = await InlineSite.BuildAsync(files + "\n" + ChartTestKit.Charts);
        Assert.Contains(site.Diagnostics, d => d.StartsWith("collections.yml:", StringComparison.Ordinal)
            && d.Contains("error ES2501: chart kind 'pie' is not built in", StringComparison.Ordinal));
    }
}
