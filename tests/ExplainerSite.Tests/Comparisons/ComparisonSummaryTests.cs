using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// "At a glance": a comparison's summary lines are computed from its data through the real pipeline, for any
/// collection (here teams and a score table of its own, not the site's models), and a bad declaration is a
/// positioned error.
/// </summary>
public sealed class ComparisonSummaryTests
{
    /// <summary>Teams compared on two sourced fields, and a score table with a tie, a missing score and a
    /// lower-is-better row. Columns: red, grey (a reference), blue.</summary>
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
        teams:
          file: teams.yml
          record: team
          fields:
            id: text
            name: text
            coach: sourced
            ground: sourced
        scores:
          file: scores.yml
          record: score table
          role: table
          rowLabel: event
          rowDetail: measure
          fields:
            id: text
            title: text
            source: source
            columns: { type: list, item: { type: ref, to: teams } }
            columnLabels: { type: list, item: text }
            rows:
              type: list
              item:
                record: score row
                fields:
                  group: { type: enum, values: { track: Track } }
                  event: text
                  measure: text
                  scores: { type: list, item: { type: number, optional: true } }
                  better: { type: enum, values: [higher, lower], default: higher }
        comparisons:
          folder: comparisons
          record: comparison
          role: comparisons
          tables: scores
          fields:
            title: text
            description: text
            collection: collection
            items: { type: list, item: { type: ref, to: "@collection" } }
            rows:
              type: list
              item: { record: comparison row, fields: { attribute: attribute } }
            scores: { type: list, item: { type: ref, to: scores } }
            summary:
              type: list
              item:
                record: summary line
                fields:
                  kind: { type: enum, name: summary kind, values: [leads, coverage, note] }
                  table: { type: ref, to: scores, optional: true }
                  columns: { type: list, item: { type: ref, to: teams } }
                  text: { type: markdown, optional: true }
                  sources: { type: list, item: source }
        -- input/teams.yml --
        - id: red
          name: "Red Team"
          coach: { value: "Ann", sources: [S1] }
          ground: { value: "North", sources: [S1] }
        - id: grey
          name: "Grey Team"
          coach: { value: "Bo", sources: [S1] }
          ground: { notCovered: true }
        - id: blue
          name: "Blue Team"
          coach: { value: "Cy", sources: [S2] }
          ground: { notCovered: true }
        -- input/scores.yml --
        - id: season
          title: "The season table"
          source: S2
          columns: [red, grey, blue]
          columnLabels: ["Red", "Grey", "Blue"]
          rows:
            - { group: track, event: "Sprint", measure: "points", scores: [10, 12, 9] }
            - { group: track, event: "Relay", measure: "points", scores: [7, 1, 8] }
            - { group: track, event: "Hurdles", measure: "points", scores: [5, 9, 5] }
            - { group: track, event: "Mile", measure: "seconds", scores: [250, 240, 245], better: lower }
            - { group: track, event: "Jump", measure: "points", scores: [3, 2, null] }
        -- input/comparisons/red-vs-blue.yml --
        title: "Red vs Blue"
        description: "Two teams."
        collection: teams
        items: [red, grey, blue]
        rows:
          - attribute: coach
          - attribute: ground
        scores: [season]
        summary:
          - kind: leads
            table: season
            columns: [red, blue]
          - kind: leads
            table: season
            columns: [red, blue]
            text: "{first} {firstWins}, {second} {secondWins} ({secondRows}), {ties} tied, {unscored} unscored, of {rows}."
          - kind: coverage
          - kind: note
            text: "**Not like for like.** The grounds differ."
            sources: [S1]
        """;

    private static async Task<AngleSharp.Dom.IDocument> PageAsync(string files)
    {
        using var site = await InlineSite.BuildAsync(files);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        return new HtmlParser().ParseDocument(site.Read("compare/red-vs-blue/index.html"));
    }

    private static List<string> Lines(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".compare-summary > ul > li").Select(li => ComparisonTestKit.VisibleText(li))];

    [Fact]
    public async Task Leads_counts_wins_per_row_with_ties_missing_scores_and_lower_is_better_apart()
    {
        var page = await PageAsync(Site);
        var lines = Lines(page);
        // Red beats Blue on Sprint; Blue beats Red on Relay and, lower being better, on the Mile; Hurdles tie;
        // Jump has no Blue score. The grey reference column plays no part.
        Assert.Equal("Of the 4 rows of The season table with a score for both, Blue Team scores better on 2 and Red Team on 1; they tie on one. 1 row without a score for both is not counted.", lines[0]);
        Assert.Equal("Red Team 1, Blue Team 2 (Relay, Mile), 1 tied, 1 unscored, of 5.", lines[1]);
        // A computed leads line cites its table's source.
        var leads = page.QuerySelectorAll(".compare-summary > ul > li")[0];
        Assert.Equal(["S2"], ComparisonTestKit.CitedSources(leads, page));
    }

    [Fact]
    public async Task Changing_a_score_changes_the_count()
    {
        // Red's relay score rises above Blue's: Red now leads on two rows, Blue on one.
        var page = await PageAsync(Site.Replace("scores: [7, 1, 8]", "scores: [9, 1, 8]", StringComparison.Ordinal));
        Assert.Equal("Red Team 2, Blue Team 1 (Mile), 1 tied, 1 unscored, of 5.", Lines(page)[1]);
        Assert.StartsWith("Of the 4 rows of The season table with a score for both, Red Team scores better on 2 and Blue Team on 1;", Lines(page)[0]);
    }

    [Fact]
    public async Task Coverage_counts_cells_with_a_value_per_attribute_and_a_note_is_cited_text()
    {
        var page = await PageAsync(Site);
        var lines = page.QuerySelectorAll(".compare-summary > ul > li");
        // Coach: all three teams; ground: only Red (the others are "not covered by our sources").
        Assert.StartsWith("Of the 6 cells below, 4 have a cited value, from 2 distinct sources; by row:", ComparisonTestKit.VisibleText(lines[2]));
        Assert.Equal(["Coach: 3 of 3", "Ground: 1 of 3"],
            lines[2].QuerySelectorAll(".summary-counts div").Select(d => d.QuerySelector("dt")!.TextContent + ": " + d.QuerySelector("dd")!.TextContent));
        Assert.Equal("<strong>Not like for like.</strong> The grounds differ.", lines[3].InnerHtml[..lines[3].InnerHtml.IndexOf("<sup", StringComparison.Ordinal)]);
        Assert.Equal(["S1"], ComparisonTestKit.CitedSources(lines[3], page));
        // The summary comes first: before the side-by-side table.
        Assert.True(page.QuerySelector(".compare-summary")!.CompareDocumentPosition(page.QuerySelector(".compare-section")!)
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task A_complete_coverage_line_fills_share_with_all()
    {
        var files = Site.Replace("ground: { notCovered: true }", "ground: { value: \"South\", sources: [S2] }", StringComparison.Ordinal)
            .Replace("  - kind: coverage\n", "  - kind: coverage\n    text: \"{share} entries are cited; {missing} missing.\"\n", StringComparison.Ordinal);
        var lines = Lines(await PageAsync(files));
        Assert.Equal("all 6 entries are cited; 0 missing.", lines[2]);
    }

    [Fact]
    public async Task Compared_items_stand_first_in_a_score_table_and_reference_columns_after()
    {
        var page = await PageAsync(Site.Replace("items: [red, grey, blue]", "items: [red, blue]", StringComparison.Ordinal));
        var heads = page.QuerySelectorAll(".benchmark-table thead th.num").Select(th => th.QuerySelector("a")!.TextContent).ToList();
        Assert.Equal(["Red", "Blue", "Grey"], heads);
        var sprint = page.QuerySelectorAll(".benchmark-table tbody tr").First(r => r.QuerySelector("th")!.TextContent.StartsWith("Sprint", StringComparison.Ordinal));
        Assert.Equal(["10.0", "9.0", "12.0"], sprint.QuerySelectorAll("td").Select(td => td.QuerySelector("strong")?.TextContent ?? td.TextContent));
    }

    [Theory]
    [InlineData("  - kind: leads\n    columns: [red, blue]\n",
        "comparisons/red-vs-blue.yml:10:5: error ES2600: a 'leads' summary line needs 'table:', one of the score tables this comparison shows")]
    [InlineData("  - kind: leads\n    table: season\n    columns: [red]\n",
        "comparisons/red-vs-blue.yml:12:14: error ES2602: a 'leads' summary line compares exactly two columns of its table; this one names 1")]
    [InlineData("  - kind: leads\n    table: season\n    columns: [red, bleu]\n",
        "comparisons/red-vs-blue.yml:12:20: error ES2004: unknown team 'bleu'")]
    [InlineData("  - kind: leads\n    table: season\n    columns: [red, red]\n",
        "comparisons/red-vs-blue.yml:12:20: error ES2608: a 'leads' summary line compares a column with itself ('red')")]
    [InlineData("  - kind: coverage\n    table: season\n",
        "comparisons/red-vs-blue.yml:11:12: error ES2604: 'table' does not apply to a 'coverage' summary line")]
    [InlineData("  - kind: coverage\n    sources: [S1]\n",
        "comparisons/red-vs-blue.yml:11:14: error ES2604: 'sources' does not apply to a 'coverage' summary line")]
    [InlineData("  - kind: note\n    sources: [S1]\n",
        "comparisons/red-vs-blue.yml:10:5: error ES2605: a 'note' summary line needs 'text:'")]
    [InlineData("  - kind: note\n    text: \"Unsourced.\"\n",
        "comparisons/red-vs-blue.yml:10:5: error ES2606: a 'note' summary line must cite at least one source")]
    [InlineData("  - kind: coverage\n    text: \"{reportd} of {cells}\"\n",
        "comparisons/red-vs-blue.yml:11:11: error ES2607: unknown placeholder '{reportd}' in a 'coverage' summary line; did you mean '{reported}'?")]
    [InlineData("  - kind: lead\n",
        "comparisons/red-vs-blue.yml:10:11: error ES0104: 'lead' is not a valid summary kind; allowed values: leads, coverage, note (did you mean 'leads'?)")]
    public async Task A_bad_summary_line_is_an_error_at_its_place(string line, string expected)
    {
        var files = Site[..Site.IndexOf("summary:\n  - kind: leads", StringComparison.Ordinal)] + "summary:\n" + line;
        using var site = await InlineSite.BuildAsync(files);
        Assert.False(site.Result.Succeeded);
        Assert.Contains(expected, site.Diagnostics);
    }

    [Fact]
    public async Task A_leads_line_over_a_table_the_page_does_not_show_or_a_column_it_lacks_is_an_error()
    {
        var files = Site[..Site.IndexOf("summary:\n  - kind: leads", StringComparison.Ordinal)] + """
            summary:
              - kind: leads
                table: cup
                columns: [red, blue]
              - kind: leads
                table: season
                columns: [red, grey]
            -- input/scores.yml --
            - id: season
              title: "The season table"
              source: S2
              columns: [red, blue]
              columnLabels: ["Red", "Blue"]
              rows:
                - { group: track, event: "Sprint", measure: "points", scores: [10, 9] }
            - id: cup
              title: "The cup"
              source: S2
              columns: [red, blue]
              columnLabels: ["Red", "Blue"]
              rows:
                - { group: track, event: "Final", measure: "points", scores: [1, 2] }
            """;
        using var site = await InlineSite.BuildAsync(files);
        Assert.False(site.Result.Succeeded);
        Assert.Contains("comparisons/red-vs-blue.yml:11:12: error ES2601: summary table 'cup' is not one this comparison shows", site.Diagnostics);
        Assert.Contains("comparisons/red-vs-blue.yml:15:20: error ES2603: 'grey' is not a column of table 'season'; did you mean 'red'?", site.Diagnostics);
    }
}
