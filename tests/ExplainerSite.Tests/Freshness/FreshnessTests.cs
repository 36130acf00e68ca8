using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Freshness;

/// <summary>
/// What a page says about its own age (issue 15), on small inline sites: the period covered is computed from the
/// timeline's latest date (a day, or the month when that day is not confirmed), the last check comes from
/// site.yml, and an explainer's update history is shown and feeds JSON-LD dateModified and the feed's updated.
/// </summary>
public sealed class FreshnessTests
{
    private const string Site = """
        -- input/site.yml --
        title: "Inline"
        description: "A site written inside a test."
        url: "https://inline.example"
        coverage: { from: timeline, field: date, approximate: dateNote }
        checked: 2026-12-01
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
        timeline:
          file: timeline.yml
          record: timeline event
          id: ""
          list: { sort: [date, title], show: [description, sources], downloads: [csv, json] }
          fields:
            date: date
            dateNote: { type: text, optional: true }
            title: text
            description: markdown
            sources: sources
        explainers:
          role: articles
          record: explainer front matter
          fields:
            updates:
              type: list
              item: { record: update, fields: { date: { type: date, full: true }, change: markdown } }
        -- input/timeline.yml --
        - date: "2024-03-02"
          title: "An early event"
          description: "Something happened."
          sources: [S1]
        - date: "LATEST"
          NOTE
          title: "The latest event"
          description: "Something else happened."
          sources: [S2]
        -- input/timeline/index.md --
        ---
        title: "Timeline"
        description: "Dated events."
        layout: timeline
        list: timeline
        ---
        Events.
        -- input/explainers/first.md --
        ---
        title: "First"
        description: "The first explainer."
        published: 2026-11-28
        UPDATES
        order: 1
        ---
        A claim [@S1].
        """;

    private const string History = """
        updates:
          - date: 2026-12-01
            change: "Fixed the *cost* figure."
          - date: 2026-11-30
            change: "Dated the second event."
        """;

    private static string With(string latest = "2025-05-17", string note = "", string updates = "") =>
        Site.Replace("LATEST", latest, StringComparison.Ordinal)
            .Replace("  NOTE\n", note.Length == 0 ? "" : $"  dateNote: \"{note}\"\n", StringComparison.Ordinal)
            .Replace("UPDATES\n", updates.Length == 0 ? "" : updates.TrimEnd() + "\n", StringComparison.Ordinal);

    private static string Footer(InlineSite site, string page) =>
        new HtmlParser().ParseDocument(site.Read(page)).QuerySelector(".site-footer .coverage")!.TextContent;

    [Theory]
    [InlineData("2025-05-17", "", "covers events through 17 May 2025")]
    [InlineData("2025-07-01", "", "covers events through 1 July 2025")]
    [InlineData("2025-05-17", "Day not confirmed.", "covers events through May 2025")]
    [InlineData("2025-06", "", "covers events through June 2025")]
    public async Task Every_page_says_what_the_timeline_covers_to_the_day_or_the_month(string latest, string note,
        string expected)
    {
        using var site = await InlineSite.BuildAsync(With(latest, note));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        foreach (var page in new[] { "index.html", "timeline/index.html", "explainers/first/index.html" })
        {
            var footer = Footer(site, page);
            Assert.Contains(expected, footer);
            Assert.Contains("last checked against its sources on 1 December 2026.", footer);
        }
        var header = new HtmlParser().ParseDocument(site.Read("explainers/first/index.html")).QuerySelector(".meta")!;
        Assert.Contains(expected.Replace("covers", "Covers", StringComparison.Ordinal), header.TextContent);
    }

    [Fact]
    public async Task One_confirmed_event_on_the_latest_day_is_enough_to_claim_the_day()
    {
        var text = With("2025-05-17", "Day not confirmed.").Replace("""
            - date: "2024-03-02"
            """, """
            - date: "2025-05-17"
            """, StringComparison.Ordinal);
        using var site = await InlineSite.BuildAsync(text);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.Contains("covers events through 17 May 2025", Footer(site, "index.html"));
    }

    [Fact]
    public async Task A_site_without_coverage_or_check_claims_neither()
    {
        var text = With().Replace("coverage: { from: timeline, field: date, approximate: dateNote }\n", "",
            StringComparison.Ordinal).Replace("checked: 2026-12-01\n", "", StringComparison.Ordinal);
        using var site = await InlineSite.BuildAsync(text);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var footer = Footer(site, "index.html");
        Assert.DoesNotContain("covers events", footer);
        Assert.DoesNotContain("last checked", footer);
        Assert.DoesNotContain("Covers events", site.Read("explainers/first/index.html"));
    }

    [Theory]
    [InlineData("from: timeline,", "from: timelin,",
        "site.yml:4:19: error ES2051: unknown collection 'timelin'; did you mean 'timeline'?")]
    [InlineData("field: date,", "field: title,",
        "site.yml:4:36: error ES2410: coverage field 'title' of collection 'timeline' is not a date field")]
    [InlineData("approximate: dateNote", "approximate: note",
        "site.yml:4:55: error ES2052: 'note' is not a field of timeline event")]
    [InlineData("checked: 2026-12-01", "checked: 2026-13-01",
        "site.yml:5:10: error ES2411: checked '2026-13-01' is not a date; write YYYY-MM-DD")]
    public async Task A_bad_coverage_or_check_is_an_error_at_its_value(string good, string bad, string expected)
    {
        Assert.Contains(good, Site);
        using var site = await InlineSite.BuildAsync(With().Replace(good, bad, StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_update_history_is_shown_and_dates_JSON_LD_the_feed_and_the_sitemap()
    {
        using var site = await InlineSite.BuildAsync(With(updates: History));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("explainers/first/index.html"));

        var items = page.QuerySelectorAll("section.updates li").Select(li => li.InnerHtml).ToList();
        Assert.Equal(
        [
            "<time datetime=\"2026-12-01\">1 December 2026</time>: Fixed the <em>cost</em> figure.",
            "<time datetime=\"2026-11-30\">30 November 2026</time>: Dated the second event.",
        ], items);
        // No 'updated:' written: the newest entry is the last update everywhere.
        Assert.Contains("Updated 1 December 2026", page.QuerySelector(".meta a[href='#updates']")!.TextContent);
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2026-12-01", jsonLd.RootElement.GetProperty("dateModified").GetString());
        Assert.Equal("2026-11-28", jsonLd.RootElement.GetProperty("datePublished").GetString());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(site.Read("feed.xml")).Root!.Element(atom + "entry")!;
        Assert.Equal("2026-12-01T00:00:00Z", entry.Element(atom + "updated")!.Value);
        Assert.Contains("<lastmod>2026-12-01</lastmod>", site.Read("sitemap.xml"));
    }

    [Fact]
    public async Task An_explainer_without_updates_shows_no_history_and_is_modified_when_published()
    {
        using var site = await InlineSite.BuildAsync(With());
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var html = site.Read("explainers/first/index.html");
        Assert.DoesNotContain("class=\"updates\"", html);
        Assert.Contains("\"dateModified\":\"2026-11-28\"", html);
    }

    [Theory]
    [InlineData("updated: 2026-11-30\n" + History,
        "explainers/first.md:5:10: error ES2412: updated is 2026-11-30, but the newest entry of updates is dated 2026-12-01")]
    [InlineData("updates:\n  - date: 2026-11-01\n    change: \"Too early.\"",
        "explainers/first.md:6:5: error ES2413: this update is dated 2026-11-01, before the page was published (2026-11-28)")]
    [InlineData("updates:\n  - { date: 2026-12-01, change: \"\" }",
        "explainers/first.md:6:5: error ES2414: this update says nothing in 'change'")]
    [InlineData("updates:\n  - change: \"No date.\"",
        "explainers/first.md:6:5: error ES0102: missing required key 'date' in update")]
    [InlineData("updates:\n  - date: 2026-12\n    change: \"A month.\"",
        "explainers/first.md:6:11: error ES2006: '2026-12' is not a date; write YYYY-MM-DD")]
    [InlineData("updates:\n  - date: 2026-12-01\n    chnage: \"Typo.\"",
        "explainers/first.md:7:5: error ES0101: unknown key 'chnage' in update; did you mean 'change'?")]
    public async Task A_bad_update_entry_is_an_error_at_its_place(string updates, string expected)
    {
        using var site = await InlineSite.BuildAsync(With(updates: updates));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_updated_date_that_agrees_with_the_newest_entry_is_fine()
    {
        using var site = await InlineSite.BuildAsync(With(updates: "updated: 2026-12-01\n" + History));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
    }

    [Fact]
    public async Task Every_page_of_the_real_site_says_it_covers_events_through_May_2025_and_when_it_was_checked()
    {
        // The timeline's last event (17 May 2025) carries a dateNote, so only the month is claimed.
        var output = await RealSite.OutputAsync();
        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30);
        foreach (var file in pages)
        {
            var footer = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file))
                .QuerySelector(".site-footer .coverage")?.TextContent ?? "";
            Assert.True(footer.Contains("covers events through May 2025; last checked against its sources on 1 December 2026.",
                StringComparison.Ordinal), Path.GetRelativePath(output, file) + ": " + footer);
        }
        var csv = await File.ReadAllLinesAsync(Path.Combine(output, "data", "timeline.csv"));
        var events = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Input, "timeline.yml")))
            .Count(l => l.StartsWith("- date:", StringComparison.Ordinal));
        Assert.Equal("date,dateNote,title,description,tags,track,sources", csv[0]);
        Assert.Equal(events, csv.Length - 1);
    }
}
