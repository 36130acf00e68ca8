using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Charts;

/// <summary>
/// A small inline site for chart tests: the base site plus a charts collection (every built-in kind's mappings
/// declared), a dated collection with a lane field, and a score table. <see cref="BuildAsync"/> lays the test's own
/// files over it (a file given again replaces the kit's), builds it through the real pipeline, and
/// <see cref="Figure"/> finds a chart's figure on a page.
/// </summary>
internal static class ChartTestKit
{
    /// <summary>The collections of <see cref="InlineSite.Base"/> plus events, models, a table and charts.</summary>
    public const string Collections = """
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
        events:
          file: events.yml
          record: event
          id: ""
          fields:
            date: date
            title: text
            lane: { type: enum, name: lane, values: { rules: Rules, models: Models } }
            count: { type: number, optional: true }
            sources: sources
        models:
          file: models.yml
          record: model
          fields:
            id: text
            name: text
        scores:
          file: scores.yml
          record: score table
          role: table
          rowLabel: benchmark
          rowDetail: metric
          fields:
            id: text
            title: text
            source: source
            note: { type: markdown, optional: true }
            columns: { type: list, item: { type: ref, to: models } }
            columnLabels: { type: list, item: text }
            rows:
              type: list
              item:
                record: score row
                fields:
                  group: { type: enum, name: group, values: { knowledge: Knowledge, code: Code } }
                  benchmark: text
                  metric: text
                  scores: { type: list, item: { type: number, optional: true } }
                  unit: { type: text, default: "" }
                  scale: { type: enum, name: score scale, values: { score: "Score", percentile: "Percentile" }, default: score }
        charts:
          file: charts.yml
          record: chart
          role: charts
          fields:
            id: text
            kind: { type: enum, name: chart kind, values: [timeline, paired] }
            title: text
            description: text
            sources: { type: list, item: source }
            note: { type: markdown, optional: true }
            from: collection
            date: { type: field, to: "@from", optional: true }
            label: { type: field, to: "@from", optional: true }
            track: { type: field, to: "@from", optional: true }
            zoom: { type: date, optional: true }
            table: { type: ref, to: "@from", optional: true }
            left: { type: ref, to: models, optional: true }
            right: { type: ref, to: models, optional: true }
            panel: { type: field, to: "@from", optional: true }
        -- input/events.yml --
        - date: "2024-03-01"
          title: "A rule is issued"
          lane: rules
          sources: [S1]
        - date: "2025-01-13"
          title: "A model is released"
          lane: models
          sources: [S2]
        - date: "2025-01"
          title: "A month-only event"
          lane: rules
          sources: [S1]
        -- input/models.yml --
        - id: alpha
          name: "Alpha"
        - id: beta
          name: "Beta"
        - id: gamma
          name: "Gamma"
        -- input/scores.yml --
        - id: table-1
          title: "Table 1"
          source: S1
          columns: [alpha, gamma, beta]
          columnLabels: ["Alpha-1", "Gamma-1", "Beta-1"]
          rows:
            - { group: knowledge, benchmark: "Quiz", metric: "EM", scores: [80.5, 70, 85.25] }
            - { group: knowledge, benchmark: "Trivia", metric: "F1", scores: [60, 70, null] }
            - { group: code, benchmark: "Contest", metric: "Percentile", scores: [20.3, 23.6, 51.6], scale: percentile }
        """;

    /// <summary>A timeline chart and a paired chart, each placed on a page of its own.</summary>
    public const string Charts = """
        -- input/charts.yml --
        - id: events-timeline
          kind: timeline
          title: "Events"
          description: "The events on one scale."
          sources: []
          from: events
          date: date
          label: title
          track: lane
          zoom: 2025-01
        - id: alpha-vs-beta
          kind: paired
          title: "Alpha against Beta"
          description: "Each benchmark's two scores."
          sources: [S1]
          from: scores
          table: table-1
          left: alpha
          right: beta
          panel: rows.scale
        -- input/timeline/index.md --
        ---
        title: "Timeline"
        description: "Events."
        ---
        Intro [@S2].

        ```chart
        events-timeline
        ```
        -- input/paired/index.md --
        ---
        title: "Paired"
        description: "Scores."
        ---
        ```chart
        alpha-vs-beta
        ```

        After [@S1].
        """;

    public static Task<InlineSite> BuildAsync(string files = "") =>
        InlineSite.BuildAsync(Collections + "\n" + Charts + "\n" + files);

    public static IDocument Page(InlineSite site, string url) =>
        new HtmlParser().ParseDocument(site.Read(Path.Combine(url.Trim('/'), "index.html")));

    /// <summary>The figure of chart <paramref name="id"/> on the page at <paramref name="url"/>.</summary>
    public static IElement Figure(InlineSite site, string url, string id) =>
        Page(site, url).QuerySelector($"figure#chart-{id}") ?? throw new Xunit.Sdk.XunitException($"no chart '{id}' on {url}");
}
