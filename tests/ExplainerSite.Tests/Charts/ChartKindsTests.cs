using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Charts;

/// <summary>
/// The costs, chipline and stances chart kinds through the real pipeline, from an inline site whose records carry
/// hostile text: each draws an accessible figure with every text escaped, says in its table what its marks stand
/// for, and reports a value it cannot draw honestly at the value's file, line and column.
/// </summary>
public sealed class ChartKindsTests
{
    private const string Site = """
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/, sort: ["id:natural"] }
          fields:
            id: text
            title: text
            publisher: { type: text, optional: true }
            author: { type: text, optional: true }
            date: { type: date, optional: true }
            url: { type: url, optional: true }
            access: { type: enum, values: [original, archived], default: original }
            note: { type: markdown, optional: true }
        questions:
          file: questions.yml
          record: question
          fields: { id: text, text: text, short: text }
        people:
          file: people.yml
          record: person
          fields:
            id: text
            name: text
            positions:
              type: list
              keyedBy: question
              label: text
              shortLabel: short
              cell: { value: stance, quote: quote }
              missing: { text: "No public position found", status: noPosition }
              item:
                record: position
                fields:
                  question: { type: ref, to: questions }
                  stance: text
                  lean: { type: enum, name: stance mark, values: { yes: "Yes", no: "No", mixed: "Mixed or qualified", open: "Open answer" } }
                  quote: { type: text, optional: true }
                  sources: sources
        costs:
          file: costs.yml
          record: cost figure
          fields:
            id: text
            label: text
            amount: { type: number, optional: true }
            range: { type: object, optional: true, record: cost range, fields: { low: number, high: number, note: text } }
            display: text
            covers: text
            claimant: text
            status: { type: enum, name: cost status, values: { reported: "Reported", rough: "Rough estimate" } }
            sources: sources
        chips:
          file: chips.yml
          record: chip
          fields:
            id: text
            name: text
            introduced: sourced
            change: text
            restrictions:
              type: list
              item:
                record: restriction
                fields: { date: date, dateNote: { type: text, optional: true }, rule: text, effect: text, sources: sources }
        charts:
          file: charts.yml
          record: chart
          role: charts
          fields:
            id: text
            kind: { type: enum, name: chart kind, values: [costs, chipline, stances] }
            title: text
            description: text
            sources: { type: list, item: source }
            note: { type: markdown, optional: true }
            from: collection
            date: { type: field, to: "@from", optional: true }
            label: { type: field, to: "@from", optional: true }
            amount: { type: field, to: "@from", optional: true }
            range: { type: field, to: "@from", optional: true }
            display: { type: field, to: "@from", optional: true }
            covers: { type: field, to: "@from", optional: true }
            claimant: { type: field, to: "@from", optional: true }
            status: { type: field, to: "@from", optional: true }
            event: { type: field, to: "@from", optional: true }
            effect: { type: field, to: "@from", optional: true }
            dateText: { type: field, to: "@from", optional: true }
            detail: { type: field, to: "@from", optional: true }
            since: { type: field, to: "@from", optional: true }
            positions: { type: field, to: "@from", optional: true }
            mark: { type: field, to: "@from", optional: true }
        -- input/questions.yml --
        - { id: q1, text: "Should it be done?", short: "Do it?" }
        - { id: q2, text: "Does it work?", short: "Works?" }
        -- input/charts.yml --
        - id: costs-chart
          kind: costs
          title: "Costs <script>"
          description: "Figures."
          sources: [S1]
          from: costs
          label: label
          amount: amount
          range: range
          display: display
          covers: covers
          claimant: claimant
          status: status
        - id: chip-line
          kind: chipline
          title: "Chips"
          description: "Chips."
          sources: [S1]
          from: chips
          label: name
          date: restrictions.date
          event: restrictions.rule
          effect: restrictions.effect
          dateText: restrictions.dateNote
          detail: change
          since: introduced
        - id: stance-grid
          kind: stances
          title: "Stances"
          description: "Who says what."
          note: "Our reading of the quoted positions."
          sources: []
          from: people
          label: name
          positions: positions
          mark: positions.lean
        -- input/charts-page/index.md --
        ---
        title: "Charts"
        description: "All three."
        ---
        ```chart
        costs-chart
        ```

        ```chart
        chip-line
        ```

        ```chart
        stance-grid
        ```
        """;

    private const string Costs = """
        -- input/costs.yml --
        - id: run
          label: "<script>alert(1)</script> run & co"
          amount: 5576000
          display: "$5.576M"
          covers: "One run </text><svg onload=alert(1)>"
          claimant: "Lab \"A\""
          status: reported
          sources: [S1]
        - id: rough
          label: "Rough"
          range: { low: 10000000, high: 100000000, note: "our reading" }
          display: "a few $10M's"
          covers: "Training"
          claimant: "CEO"
          status: rough
          sources: [S2]
        """;

    private const string People = """
        -- input/people.yml --
        - id: ann
          name: "Ann <b>&</b> Co"
          positions:
            - question: q1
              stance: "For it"
              lean: yes
              quote: "we must <act>"
              sources: [S1]
        - id: bob
          name: "Bob"
          positions:
            - question: q2
              stance: "Against"
              lean: no
              sources: [S2]
        """;

    private const string Chips = """
        -- input/chips.yml --
        - id: c1
          name: "C1 <i>"
          introduced: { notCovered: true }
          change: "The first"
          restrictions:
            - { date: "2022-10-07", rule: "Rule B", effect: "caught", sources: [S1] }
            - { date: "2022-08-26", dateNote: "late August 2022", rule: "Rule A <x>", effect: "licence", sources: [S1] }
        - id: c2
          name: "C2"
          introduced: { value: "2023", sources: [S2] }
          change: "Cut down"
          restrictions:
            - { date: "2023-10-17", rule: "Rule C", effect: "caught too", sources: [S2] }
        """;

    private static Task<InlineSite> BuildAsync(string costs = Costs, string people = People, string chips = Chips,
        string extra = "") =>
        InlineSite.BuildAsync(InlineSite.Base + "\n" + Site + "\n" + costs + "\n" + people + "\n" + chips + "\n" + extra);

    private static IElement Figure(InlineSite site, string id) =>
        new HtmlParser().ParseDocument(site.Read("charts-page/index.html")).QuerySelector($"figure#chart-{id}")
        ?? throw new Xunit.Sdk.XunitException($"no chart '{id}'");

    private static List<List<string>> Rows(IElement figure) => [.. figure.QuerySelectorAll("table.chart-table tbody tr")
        .Select(tr => tr.Children.Select(c => c.TextContent).ToList())];

    [Theory]
    [InlineData("costs-chart", "costs", "<script>alert(1)</script> run & co")]
    [InlineData("chip-line", "chipline", "C1 <i>")]
    [InlineData("stance-grid", "stances", "Ann <b>&</b> Co")]
    public async Task Each_kind_draws_an_accessible_figure_with_hostile_text_escaped(string id, string kind, string hostile)
    {
        using var site = await BuildAsync();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var figure = Figure(site, id);
        Assert.Contains("chart-" + kind, figure.ClassList);
        var svg = figure.QuerySelector("svg[role=img]")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotEmpty(svg.QuerySelector("desc")!.TextContent);
        // The hostile text is there as text, in the picture and in its table, and made no element of its own.
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent.Contains(hostile, StringComparison.Ordinal));
        Assert.Contains(Rows(figure), r => r[0] == hostile);
        Assert.Empty(figure.QuerySelectorAll("script, b, i, x, act, [style]"));
        Assert.Empty(figure.QuerySelectorAll("svg svg"));
        Assert.DoesNotContain(figure.QuerySelectorAll("*").SelectMany(e => e.Attributes),
            a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Costs_are_rows_on_a_log_scale_that_say_they_are_not_like_for_like()
    {
        using var site = await BuildAsync();
        var figure = Figure(site, "costs-chart");
        var svg = figure.QuerySelector("svg")!;
        Assert.Contains(svg.QuerySelectorAll("text"), t => t.TextContent == "Not like for like");
        Assert.Equal(["$1M", "$10M", "$100M"], svg.QuerySelectorAll("text.tick-label").Select(t => t.TextContent));
        // A point for the figure, a band for the rough one, spanning exactly the decade 10M–100M of a 1M–100M scale.
        var band = svg.QuerySelector("rect.band")!;
        Assert.Equal("170", band.GetAttribute("x"));
        Assert.Equal("160", band.GetAttribute("width"));
        Assert.Contains("not comparable", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var rows = Rows(figure);
        Assert.Equal(["<script>alert(1)</script> run & co", "$5.576M", "$5,576,000", "One run </text><svg onload=alert(1)>",
            "Lab \"A\"", "Reported"], rows[0]);
        Assert.Equal("$10,000,000 to $100,000,000 (our reading)", rows[1][2]);
        Assert.Equal("Rough estimate", rows[1][5]);
    }

    [Fact]
    public async Task A_chip_line_lists_each_rule_in_date_order_with_its_words()
    {
        using var site = await BuildAsync();
        var figure = Figure(site, "chip-line");
        var rows = Rows(figure);
        Assert.Equal(["C1 <i>", "C1 <i>", "C2"], rows.Select(r => r[0]));
        Assert.Equal(["late August 2022", "7 October 2022", "17 October 2023"], rows.Select(r => r[3]));
        Assert.Equal(["Rule A <x>", "Rule B", "Rule C"], rows.Select(r => r[4]));
        Assert.Equal("not covered by our sources", rows[0][1]);
        Assert.Equal(3, figure.QuerySelectorAll("svg path.caught").Length);
        Assert.Equal(["2022", "2023"], figure.QuerySelectorAll("svg text.tick-label").Select(t => t.TextContent));
    }

    [Fact]
    public async Task A_missing_position_has_a_mark_of_its_own_and_every_mark_is_explained_in_words()
    {
        using var site = await BuildAsync();
        var figure = Figure(site, "stance-grid");
        var svg = figure.QuerySelector("svg")!;
        Assert.Equal(2, svg.QuerySelectorAll(".stance.none").Length - 1);   // two cells, plus the key's
        Assert.Equal(["Yes", "not found", "not found", "No"], svg.QuerySelectorAll("text.mark-word").Select(t => t.TextContent));
        var rows = Rows(figure);
        Assert.Equal(["Ann <b>&</b> Co", "Yes (our reading). For it. Quote: “we must <act>”. Sources: S1.",
            "No public position found"], rows[0]);
        Assert.Equal("No (our reading). Against. Sources: S2.", rows[1][2]);
        Assert.Equal(["Person", "Should it be done?", "Does it work?"],
            figure.QuerySelectorAll("table.chart-table thead th").Select(t => t.TextContent));
    }

    [Fact]
    public async Task Building_twice_writes_the_same_bytes()
    {
        using var one = await BuildAsync();
        using var two = await BuildAsync();
        Assert.Equal(one.Read("charts-page/index.html"), two.Read("charts-page/index.html"));
    }

    [Theory]
    [InlineData("amount: 5576000", "amount: -5",
        "costs.yml:3:11: error ES2530: amount -5 of cost figure 'run' cannot be drawn on a logarithmic scale")]
    [InlineData("amount: 5576000", "amount: 5.5M", "costs.yml:3:11: error ES0103: expected a number")]
    [InlineData("  amount: 5576000\n", "",
        "costs.yml:1:3: error ES2531: cost figure 'run' has neither 'amount' nor 'range'")]
    [InlineData("  display: \"$5.576M\"", "  range: { low: 1, high: 2, note: x }\n  display: \"$5.576M\"",
        "costs.yml:4:10: error ES2532: cost figure 'run' has both 'amount' and 'range'")]
    [InlineData("low: 10000000, high: 100000000", "low: 100000000, high: 10000000",
        "costs.yml:11:17: error ES2533: the range of cost figure 'rough' runs from 100000000 down to 10000000")]
    [InlineData("low: 10000000", "low: 0",
        "costs.yml:11:17: error ES2530: range.low 0 of cost figure 'rough' cannot be drawn on a logarithmic scale")]
    [InlineData("amount: 5576000", "amount: 1e16",
        "charts.yml:8:11: error ES2535: the amounts of chart 'costs-chart' span 9 powers of ten; a 'costs' chart draws at most 8")]
    public async Task A_cost_that_cannot_be_drawn_is_an_error_at_its_value(string find, string replace, string expected)
    {
        using var site = await BuildAsync(costs: Costs.Replace(find, replace, StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_stance_mark_is_an_error_at_its_value()
    {
        using var site = await BuildAsync(people: People.Replace("lean: yes", "lean: maybe", StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(
            "people.yml:6:13: error ES0104: 'maybe' is not a valid stance mark; allowed values: yes, no, mixed, open",
            StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  event: restrictions.rule", "  event: name",
        "charts.yml:22:10: error ES2534: 'name' is not a field of the items of 'restrictions'")]
    [InlineData("  mark: positions.lean", "  mark: positions.question",
        "charts.yml:36:9: error ES2505: 'positions.question' of people is a ref field; 'mark' of a 'stances' chart needs an enum field")]
    public async Task A_chart_mapping_outside_its_list_is_an_error_at_the_mapping(string find, string replace, string expected)
    {
        var files = Site.Replace(find, replace, StringComparison.Ordinal);
        using var site = await InlineSite.BuildAsync(InlineSite.Base + "\n" + files + "\n" + Costs + "\n" + People + "\n" + Chips);
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
    }
}
