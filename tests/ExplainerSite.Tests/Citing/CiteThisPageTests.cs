using System.Text.Json;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.Hosting;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Citing;

/// <summary>
/// "Cite this page" on the whole real site (issue 15): every explainer and comparison has the block and its
/// BibTeX and CSL-JSON files, which parse and carry the page's title, site, address and date; the bibliography
/// downloads hold every source; the licence is in every footer and in the JSON-LD; under a base path every
/// address in those files moves with the site.
/// </summary>
public sealed class CiteThisPageTests
{
    private const string SiteName = "Chips, DeepSeek and export controls";
    private const string SiteUrl = "https://explainer-site.netlify.app";
    private static readonly string[] CslRequired = ["id", "type", "title", "URL", "issued", "container-title"];

    // The CSL-JSON schema's item properties this site may write (the schema has additionalProperties: false).
    private static readonly HashSet<string> CslAllowed =
        ["id", "type", "title", "author", "container-title", "URL", "language", "issued", "note"];

    private static async Task<List<string>> CitedPagesAsync(string output)
    {
        var pages = new List<string>();
        foreach (var folder in new[] { "explainers", "compare" })
            foreach (var dir in Directory.EnumerateDirectories(Path.Combine(output, folder)))
                if (File.Exists(Path.Combine(dir, "index.html"))) pages.Add($"{folder}/{Path.GetFileName(dir)}");
        await Task.CompletedTask;
        return [.. pages.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Every_explainer_and_comparison_has_the_block_and_both_files()
    {
        var output = await RealSite.OutputAsync();
        var pages = await CitedPagesAsync(output);
        Assert.Equal(8, pages.Count(p => p.StartsWith("explainers/", StringComparison.Ordinal)));
        Assert.Equal(3, pages.Count(p => p.StartsWith("compare/", StringComparison.Ordinal)));
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var html = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, page, "index.html")));
            var block = html.QuerySelector("section.cite-this");
            Assert.True(block is not null, page + " has no Cite this page block");
            Assert.Equal("Cite this page", block!.QuerySelector("h2")!.TextContent);
            var text = block.QuerySelector(".cite-text")!.TextContent;
            var title = html.QuerySelector("h1")!.TextContent;
            Assert.Contains(SiteName + ". “" + title, text);
            Assert.Contains($"{SiteUrl}/{page}/", text);
            Assert.Contains("Published ", text);
            Assert.EndsWith("Accessed [date].", text.Trim());
            var links = block.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"/cite/{page}.bib", $"/cite/{page}.json"], links);
            // The link checker ran on this build, so these resolve; the files are there too.
            Assert.True(File.Exists(Path.Combine(output, "cite", page + ".bib")), page);
            Assert.True(File.Exists(Path.Combine(output, "cite", page + ".json")), page);
        }
    }

    [Fact]
    public async Task Only_explainers_and_comparisons_have_the_block()
    {
        string[] others = ["index.html", "sources/index.html", "compare/index.html", "explainers/index.html", "timeline/index.html"];
        foreach (var other in others)
            Assert.DoesNotContain("class=\"cite-this\"", await RealSite.PageAsync(other));
        Assert.False(File.Exists(Path.Combine(await RealSite.OutputAsync(), "cite", "compare.bib")));
    }

    [Fact]
    public async Task Each_page_BibTeX_is_one_biblatex_online_entry_that_parses()
    {
        var output = await RealSite.OutputAsync();
        foreach (var page in await CitedPagesAsync(output))
        {
            var bib = await File.ReadAllTextAsync(Path.Combine(output, "cite", page + ".bib"));
            var entry = Assert.Single(BibTexReader.Read(bib));
            Assert.Equal("online", entry.Type);
            Assert.Equal(page.Replace('/', '-'), entry.Key);
            Assert.Equal("{" + SiteName + "}", entry.Fields["author"]);
            Assert.Equal($"{SiteUrl}/{page}/", entry.Fields["url"]);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.Fields["date"]);
            Assert.StartsWith("{", entry.Fields["title"]);
            Assert.Empty(BibTexReader.BareSpecials(entry));
            var hint = bib.Split('\n').Single(l => l.Contains("urldate", StringComparison.Ordinal) && l.StartsWith('%'));
            Assert.Contains("urldate = {YYYY-MM-DD}", hint);
        }
    }

    [Fact]
    public async Task Each_page_CSL_JSON_is_an_array_of_one_webpage_item_with_the_required_fields()
    {
        var output = await RealSite.OutputAsync();
        foreach (var page in await CitedPagesAsync(output))
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "cite", page + ".json")));
            Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
            var item = Assert.Single(json.RootElement.EnumerateArray().ToList());
            foreach (var key in CslRequired) Assert.True(item.TryGetProperty(key, out _), $"{page}: no {key}");
            Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, CslAllowed));
            Assert.Equal("webpage", item.GetProperty("type").GetString());
            Assert.Equal(SiteName, item.GetProperty("container-title").GetString());
            Assert.Equal($"{SiteUrl}/{page}/", item.GetProperty("URL").GetString());
            Assert.Equal(SiteName, item.GetProperty("author")[0].GetProperty("literal").GetString());
            var parts = item.GetProperty("issued").GetProperty("date-parts");
            var date = Assert.Single(parts.EnumerateArray().ToList());
            Assert.Equal(3, date.GetArrayLength());
            Assert.All(date.EnumerateArray(), d => Assert.Equal(JsonValueKind.Number, d.ValueKind));
            var bib = BibTexReader.Read(await File.ReadAllTextAsync(Path.Combine(output, "cite", page + ".bib")))[0];
            var parts2 = date.EnumerateArray().Select((d, i) => d.GetInt32().ToString(i == 0 ? "D4" : "D2"));
            Assert.Equal(bib.Fields["date"], string.Join('-', parts2));
        }
    }

    [Fact]
    public async Task An_updated_explainer_is_cited_at_its_update_with_its_first_publication_noted()
    {
        var html = await RealSite.PageAsync("explainers/deepseek-v3-cost/index.html");
        Assert.Contains("“What did DeepSeek V3 cost?” Published 28 November 2026, updated 1 December 2026.", html);
        var bib = BibTexReader.Read(await RealSite.PageAsync("cite/explainers/deepseek-v3-cost.bib"))[0];
        Assert.Equal("2026-12-01", bib.Fields["date"]);
        Assert.Equal("First published 2026-11-28; updated 2026-12-01", bib.Fields["note"]);
    }

    [Fact]
    public async Task The_bibliography_downloads_hold_every_source_and_the_licence()
    {
        var output = await RealSite.OutputAsync();
        var sourcesPage = await RealSite.PageAsync("sources/index.html");
        foreach (var ext in new[] { "csv", "json", "bib" })
            Assert.Contains($"href=\"/data/sources.{ext}\" download", sourcesPage);
        var count = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Input, "sources.yml")))
            .Count(l => l.StartsWith("- id: ", StringComparison.Ordinal));

        var bib = BibTexReader.Read(await File.ReadAllTextAsync(Path.Combine(output, "data", "sources.bib")));
        Assert.Equal(count, bib.Count);
        Assert.Equal(bib.Count, bib.Select(e => e.Key).Distinct().Count());
        Assert.All(bib, e => Assert.Empty(BibTexReader.BareSpecials(e)));
        Assert.All(bib, e => Assert.Equal(e.Fields.ContainsKey("url") ? "online" : "misc", e.Type));
        var s3 = bib.Single(e => e.Key == "S3");
        Assert.Equal("Dario Amodei", s3.Fields["author"]);
        Assert.Equal("https://www.darioamodei.com/post/on-deepseek-and-export-controls", s3.Fields["url"]);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "data", "sources.json")));
        Assert.Equal(count, json.RootElement.GetProperty("sources").GetArrayLength());
        Assert.Equal("CC BY 4.0", json.RootElement.GetProperty("license").GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.RootElement.GetProperty("license").GetProperty("url").GetString());
        Assert.Equal(SiteUrl + "/sources/#S3", json.RootElement.GetProperty("sources").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "S3").GetProperty("entry").GetString());

        var csv = (await File.ReadAllTextAsync(Path.Combine(output, "data", "sources.csv"))).Split('\n');
        Assert.Equal($"# Sources of {SiteName}: {SiteUrl}/sources/", csv[0]);
        Assert.StartsWith("# Licence of this list: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", csv[1]);
        Assert.Equal("id,title,author,publisher,date,url,access,note,entry", csv[2]);
        Assert.Equal(count, csv.Skip(3).Count(l => l.StartsWith('S')));
    }

    [Fact]
    public async Task The_licence_is_in_every_footer_and_in_the_JSON_LD()
    {
        var output = await RealSite.OutputAsync();
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains("pagefind", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var html = await File.ReadAllTextAsync(file);
            if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)) continue;   // a redirect page
            Assert.Contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>", html);
        }
        foreach (var page in new[] { "index.html", "explainers/overview/index.html" })
            Assert.Contains("\"license\":\"https://creativecommons.org/licenses/by/4.0/\"", await RealSite.PageAsync(page));
    }

    [Fact]
    public async Task Under_a_base_path_every_address_in_the_block_and_the_files_moves_with_the_site()
    {
        var built = await HostingBuilds.SubPathAsync();
        string Read(string relative) => File.ReadAllText(Path.Combine(built.Output, relative));
        var under = HostingBuilds.SiteUrl + HostingBuilds.SubPath;   // https://example.org/explainer/

        var html = Read("compare/policy-options/index.html");
        Assert.Contains($"<a href=\"{under}compare/policy-options/\">{under}compare/policy-options/</a>. Accessed [date].", html);
        Assert.Contains($"href=\"{HostingBuilds.SubPath}cite/compare/policy-options.bib\" download", html);
        Assert.Contains($"href=\"{HostingBuilds.SubPath}cite/compare/policy-options.json\" download", html);
        Assert.Contains($"href=\"{HostingBuilds.SubPath}data/sources.bib\" download", Read("sources/index.html"));

        var bib = BibTexReader.Read(Read("cite/compare/policy-options.bib"))[0];
        Assert.Equal(under + "compare/policy-options/", bib.Fields["url"]);
        using (var csl = JsonDocument.Parse(Read("cite/compare/policy-options.json")))
            Assert.Equal(under + "compare/policy-options/", csl.RootElement[0].GetProperty("URL").GetString());
        using (var sources = JsonDocument.Parse(Read("data/sources.json")))
        {
            Assert.Equal(under + "sources/", sources.RootElement.GetProperty("url").GetString());
            Assert.Equal(under + "sources/#S1", sources.RootElement.GetProperty("sources")[0].GetProperty("entry").GetString());
        }
        Assert.StartsWith($"# Sources of {SiteName}: {under}sources/\n", Read("data/sources.csv"));
        Assert.Contains($",{under}sources/#S1\n", Read("data/sources.csv"));
        Assert.StartsWith($"% Sources of {SiteName}: {under}sources/\n", Read("data/sources.bib"));
        // Addresses elsewhere (the sources' own, the licence's) are not the site's and stay as written.
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", Read("data/sources.csv"));
        Assert.DoesNotContain(HostingBuilds.SiteUrl + "/sources/", Read("data/sources.bib"));
    }
}
