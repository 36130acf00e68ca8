using System.Text.Json;
using AngleSharp.Html.Parser;
using ExplainerSite.Tests.Comparisons;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Collections;

/// <summary>
/// Issue 12: a new kind of record is data and one layout, no C#. A "chips" collection with three records gets
/// a page each, a comparison over it with a bar chart of a numeric field, and CSV/JSON downloads of its values.
/// </summary>
public sealed class NewCollectionTests
{
    public const string Chips = """
        -- input/collections.yml --
        sources:
          file: sources.yml
          role: bibliography
          idPattern: "^[A-Za-z0-9]+$"
          list: { url: /sources/ }
          fields:
            id: text
            title: text
            publisher: text
        chips:
          file: chips.yml
          record: chip
          noun: Chip
          pages: { permalink: "/chips/:id/", layout: chip, title: name, description: summary, summary: summary }
          fields:
            id: text
            name: text
            summary: markdown
            vendor: { type: text, attribute: true, label: "Made by" }
            memory: { type: number, unit: GB }
            bandwidth: { type: sourced, value: number }
        compare:
          folder: comparisons
          role: comparisons
          fields:
            title: text
            description: text
            collection: collection
            items: { type: list, item: { type: ref, to: "@collection" } }
            rows: { type: list, item: { fields: { attribute: attribute, label: { type: text, optional: true } } } }
            intro: { type: markdown, optional: true }
            charts: { type: list, item: attribute }
            caveats: { type: list, item: { fields: { text: markdown, sources: sources } } }
            itemsAs: { type: enum, values: [columns, rows], default: columns }
        -- input/sources.yml --
        - id: S1
          title: "First source"
          publisher: "Press One"
        - id: S2
          title: "Second source"
          publisher: "Press Two"
        -- input/chips.yml --
        - id: h100
          name: "H100"
          summary: "A data-centre GPU."
          vendor: "Nvidia"
          memory: 80
          bandwidth: { value: "3350", sources: [S1] }
        - id: h20
          name: "H20"
          summary: "A China-market GPU."
          vendor: "Nvidia"
          memory: 96
          bandwidth: { notCovered: true }
        - id: mi300x
          name: "MI300X"
          summary: "A data-centre accelerator."
          vendor: "AMD"
          memory: 192
          bandwidth: { value: "5300", sources: [S2] }
        -- input/comparisons/chip-memory.yml --
        title: "Chip memory"
        description: "Three chips side by side."
        collection: chips
        items: [h100, h20, mi300x]
        rows:
          - attribute: vendor
          - attribute: memory
          - attribute: bandwidth
            label: "Memory bandwidth (GB/s)"
        charts: [memory]
        -- theme/layouts/chip.liquid --
        ---
        layout: base
        ---
        <article class="wrap"><h1>{{ page.record.name }}</h1><p class="lede">{{ page.record.summaryHtml | raw }}</p>
        <dl>{%- for row in page.record.rows %}<dt>{{ row.label }}</dt><dd>{{ row.html | raw }}</dd>{%- endfor %}</dl>
        {%- for c in page.record.comparisons %}<a class="compared" href="{{ c.url }}">{{ c.title }}</a>{%- endfor %}
        {% render 'references', page: page %}</article>
        """;

    [Fact]
    public async Task A_declared_collection_gets_record_pages_a_comparison_a_chart_and_downloads()
    {
        using var site = await InlineSite.BuildAsync(Chips);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Read("chips/h100/index.html"));
        Assert.Equal("H100", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Made by", "Memory", "Bandwidth"], page.QuerySelectorAll("dt").Select(d => d.TextContent));
        Assert.Equal(["Nvidia", "80 GB"], page.QuerySelectorAll("dd").Take(2).Select(d => d.TextContent));
        Assert.Equal("/compare/chip-memory/", page.QuerySelector("a.compared")!.GetAttribute("href"));
        Assert.Equal(["S1"], ComparisonTestKit.CitedSources(page.QuerySelectorAll("dd")[2], page));

        var compare = new HtmlParser().ParseDocument(site.Read("compare/chip-memory/index.html"));
        Assert.Equal(["H100", "H20", "MI300X"], compare.QuerySelectorAll("table.compare-matrix thead th a").Select(a => a.TextContent));
        Assert.Equal("/chips/mi300x/", compare.QuerySelectorAll("table.compare-matrix thead th a")[2].GetAttribute("href"));
        var bars = compare.QuerySelectorAll("figure#chart-chip-memory-memory svg rect.bar").ToList();
        Assert.Equal(["h100", "h20", "mi300x"], bars.Select(b => b.GetAttribute("data-column")));
        // Bars are proportional: 80, 96 and 192 GB on a scale of 200 drawn 300 units wide.
        Assert.Equal(["120", "144", "288"], bars.Select(b => b.GetAttribute("width")));
        Assert.Contains("192.0 GB", compare.QuerySelector("figure#chart-chip-memory-memory")!.TextContent);

        var csv = ComparisonTestKit.ReadCsv(site.Read("data/compare/chip-memory.csv"));
        Assert.Contains(csv, l => l[0] == "comparison" && l[3] == "memory" && l[5] == "mi300x" && l[7] == "192 GB");
        Assert.Contains(csv, l => l[0] == "comparison" && l[3] == "bandwidth" && l[5] == "h100" && l[7] == "3350" && l[13] == "S1");
        Assert.Contains(csv, l => l[0] == "source" && l[3] == "S2" && l[4] == "Second source");
        // A value our sources do not cover is exported with that status, not as "reported" with an empty value.
        Assert.Contains(csv, l => l[0] == "comparison" && l[3] == "bandwidth" && l[5] == "h20" && l[7] == "" && l[9] == "notCovered");
        Assert.Equal("notCovered", compare.QuerySelectorAll("table.compare-matrix tbody tr")[2].QuerySelectorAll("td")[1].ClassName);

        using var json = JsonDocument.Parse(site.Read("data/compare/chip-memory.json"));
        var root = json.RootElement;
        Assert.Equal("chips", root.GetProperty("collection").GetString());
        Assert.Equal(9, root.GetProperty("cells").GetArrayLength());
        Assert.Contains(root.GetProperty("cells").EnumerateArray(), c => c.GetProperty("item").GetString() == "h20"
            && c.GetProperty("attribute").GetString() == "bandwidth" && c.GetProperty("status").GetString() == "notCovered");
        Assert.Equal(["h100", "h20", "mi300x"], root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }
}
