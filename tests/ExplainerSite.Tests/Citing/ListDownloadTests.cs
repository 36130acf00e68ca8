using System.Text.Json;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Citing;

/// <summary>
/// A list collection that declares <c>list.downloads</c> is downloadable as CSV and JSON beside its list page
/// (issue 15): in the page's order, every field, cells neutralised against spreadsheet formulas, the licence in
/// the JSON and on the page; a format it does not know is an error at its place.
/// </summary>
public sealed class ListDownloadTests
{
    private const string Site = """
        -- input/site.yml --
        title: "Inline"
        url: "https://inline.example"
        licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/, sort: ["id:natural"] }
          fields: { id: text, title: text, publisher: { type: text, optional: true } }
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
            tags: { type: list, item: text }
            sources: sources
        -- input/timeline.yml --
        - date: "2025-05"
          title: '=HYPERLINK("https://evil.example","click")'
          description: "Later, with a comma, a \"quote\"\nand a line break."
          tags: [controls, china]
          sources: [S2, S1]
        - date: "2024-03-02"
          dateNote: "-2+3 looks like a formula"
          title: "@SUM(A1)"
          description: "Earlier."
          sources: [S1]
        -- input/timeline/index.md --
        ---
        title: "Timeline"
        description: "Dated events."
        layout: timeline
        list: timeline
        ---
        Events.
        """;

    [Fact]
    public async Task The_timeline_downloads_hold_every_record_in_page_order_with_formulas_neutralised()
    {
        using var site = await InlineSite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));

        Assert.Equal("""
            date,dateNote,title,description,tags,sources
            2024-03-02,'-2+3 looks like a formula,'@SUM(A1),Earlier.,,S1
            2025-05,,"'=HYPERLINK(""https://evil.example"",""click"")","Later, with a comma, a ""quote""
            and a line break.",controls; china,S2; S1

            """.Replace("\r\n", "\n", StringComparison.Ordinal), site.Read("data/timeline.csv"));

        using var json = JsonDocument.Parse(site.Read("data/timeline.json"));
        var root = json.RootElement;
        Assert.Equal(["title", "url", "collection", "license", "fields", "records"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Timeline", root.GetProperty("title").GetString());
        Assert.Equal("https://inline.example/timeline/", root.GetProperty("url").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("license").GetProperty("name").GetString());
        var records = root.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(["2024-03-02", "2025-05"], records.Select(r => r.GetProperty("date").GetString()));
        // JSON keeps values as they are: no neutralising, lists as arrays, an absent optional field as null.
        Assert.Equal("@SUM(A1)", records[0].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("dateNote").ValueKind);
        Assert.Equal(["S2", "S1"], records[1].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_list_page_links_both_files_and_states_the_licence_beside_them()
    {
        using var site = await InlineSite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        var section = new HtmlParser().ParseDocument(site.Read("timeline/index.html"))
            .QuerySelector("section.list-downloads")!;
        Assert.Equal(["/data/timeline.csv", "/data/timeline.json"],
            section.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/",
            section.QuerySelector("a[rel=license]")!.GetAttribute("href"));
        // The bibliography keeps its own downloads; no generic section on its page.
        Assert.DoesNotContain("list-downloads", site.Read("sources/index.html"));
    }

    [Fact]
    public async Task Without_a_licence_the_JSON_says_null_and_the_page_claims_none()
    {
        using var site = await InlineSite.BuildAsync(Site.Replace(
            "licence: { name: \"CC BY 4.0\", url: \"https://creativecommons.org/licenses/by/4.0/\" }\n", "",
            StringComparison.Ordinal));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        using var json = JsonDocument.Parse(site.Read("data/timeline.json"));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("license").ValueKind);
        Assert.DoesNotContain("rel=\"license\"", site.Read("timeline/index.html"));
    }

    [Fact]
    public async Task A_collection_without_downloads_gets_no_files()
    {
        using var site = await InlineSite.BuildAsync(Site.Replace(", downloads: [csv, json]", "", StringComparison.Ordinal));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));
        Assert.False(site.Exists("data/timeline.csv"));
        Assert.DoesNotContain("list-downloads", site.Read("timeline/index.html"));
    }

    [Fact]
    public async Task An_unknown_download_format_is_an_error_at_its_place()
    {
        using var site = await InlineSite.BuildAsync(Site.Replace("downloads: [csv, json]", "downloads: [csv, jsn]",
            StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Diagnostics, d => d.StartsWith(
            "collections.yml:11:79: error ES0104: 'jsn' is not a valid download format; allowed values: csv, json (did you mean 'json'?)",
            StringComparison.Ordinal));
    }
}
