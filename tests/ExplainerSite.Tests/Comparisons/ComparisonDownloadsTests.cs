using System.Globalization;
using System.Text.Json;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;
using static ExplainerSite.Tests.Comparisons.ComparisonTestKit;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>/data/compare/ID.csv and .json: the page's data, with its sources, read back and compared with the data files.</summary>
public sealed class ComparisonDownloadsTests
{
    public static TheoryData<string> AllComparisons() => [.. Definitions(RepoPaths.Input).Keys];

    private static readonly string[] CsvHeader =
        ["section", "table", "group", "row", "row_label", "column", "column_label", "value", "unit", "status", "note", "as_of", "quote", "sources"];

    private static async Task<(byte[] Bytes, string Text)> ReadAsync(string id, string extension)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(await RealSite.OutputAsync(), "data", "compare", id + extension));
        return (bytes, new System.Text.UTF8Encoding(false, true).GetString(bytes));
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Csv_is_rfc_4180_utf8_without_bom_with_lf_line_ends(string id)
    {
        var (bytes, text) = await ReadAsync(id, ".csv");
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "no byte order mark");
        Assert.DoesNotContain('\r', text);
        var records = ReadCsv(text);
        Assert.Equal(CsvHeader, records[0]);
        Assert.All(records, r => Assert.Equal(CsvHeader.Length, r.Count));
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Csv_round_trips_every_cell_score_and_source(string id)
    {
        var definition = Definitions(RepoPaths.Input)[id];
        var records = Records(RepoPaths.Input, definition.Collection);
        var lines = ReadCsv((await ReadAsync(id, ".csv")).Text).Skip(1).Select(r => CsvHeader.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var cells = lines.Where(l => l["section"] == "comparison").ToList();
        Assert.Equal(definition.Rows.Count * definition.Items.Count, cells.Count);
        foreach (var row in definition.Rows)
        {
            foreach (var item in definition.Items)
            {
                var line = Assert.Single(cells, l => l["row"] == row.Attribute.Id && l["column"] == item.Id);
                var expected = Lookup(records[item.Id], row.Attribute.Id);
                Assert.Equal(expected.Value ?? "", line["value"]);
                Assert.Equal(expected.Note ?? "", line["note"]);
                Assert.Equal(expected.AsOf ?? "", line["as_of"]);
                Assert.Equal(expected.Quote ?? "", line["quote"]);
                Assert.Equal(expected.Missing ? "noPosition" : expected.NotDisclosed ? "notDisclosed" : "reported", line["status"]);
                Assert.Equal(string.Join("; ", expected.Sources), line["sources"]);
            }
        }
        var tables = Tables();
        var scores = lines.Where(l => l["section"] == "benchmark").ToList();
        foreach (var table in definition.Benchmarks.Select(b => tables.Single(t => t.Id == b.Id)))
        {
            foreach (var row in table.Rows)
            {
                for (var k = 0; k < table.Columns.Count; k++)
                {
                    var line = Assert.Single(scores, l => l["table"] == table.Id && l["row"] == row.Benchmark && l["row_label"] == row.Metric && l["column"] == table.Columns[k].Id);
                    Assert.Equal(row.Scores[k], line["value"].Length == 0 ? null : double.Parse(line["value"], CultureInfo.InvariantCulture));
                    Assert.Equal(row.Unit, line["unit"]);
                    Assert.Equal(table.Source.Id, line["sources"]);
                }
            }
        }
        var sources = Records(RepoPaths.Input, "sources");
        var cited = lines.Where(l => l["section"] != "source").SelectMany(l => l["sources"].Split("; ", StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var listed = lines.Where(l => l["section"] == "source").ToList();
        Assert.Equal(cited.Order(StringComparer.Ordinal), listed.Select(l => l["row"]).Order(StringComparer.Ordinal));
        Assert.All(listed, l =>
        {
            Assert.Equal(sources[l["row"]].Values.Text("title"), l["row_label"]);
            Assert.Equal(sources[l["row"]].Values.Text("url") ?? "", l["value"]);
        });
    }

    [Theory]
    [MemberData(nameof(AllComparisons))]
    public async Task Json_is_indented_in_a_fixed_key_order_and_round_trips_the_data(string id)
    {
        var definition = Definitions(RepoPaths.Input)[id];
        var records = Records(RepoPaths.Input, definition.Collection);
        var (bytes, text) = await ReadAsync(id, ".json");
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8));
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith("{\n  \"id\": ", text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(
            ["id", "title", "description", "url", "collection", "intro", "items", "attributes", "cells", "benchmarks", "caveats", "sources", "license"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CC BY 4.0", root.GetProperty("license").GetProperty("name").GetString());
        Assert.Equal(definition.Title, root.GetProperty("title").GetString());
        Assert.Equal(definition.Items.Select(i => i.Id), root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            Assert.Equal(["attribute", "item", "status", "value", "quote", "note", "asOf", "sources"], cell.EnumerateObject().Select(p => p.Name));
            var expected = Lookup(records[cell.GetProperty("item").GetString()!], cell.GetProperty("attribute").GetString()!);
            Assert.Equal(expected.Value, cell.GetProperty("value").GetString());
            Assert.Equal(expected.Note, cell.GetProperty("note").GetString());
            Assert.Equal(expected.Sources, cell.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        }
        Assert.Equal(definition.Rows.Count * definition.Items.Count, root.GetProperty("cells").GetArrayLength());
        var tables = Tables();
        foreach (var t in root.GetProperty("benchmarks").EnumerateArray())
        {
            var table = tables.Single(x => x.Id == t.GetProperty("id").GetString());
            foreach (var r in t.GetProperty("rows").EnumerateArray())
            {
                var row = Assert.Single(table.Rows, x => x.Benchmark == r.GetProperty("benchmark").GetString() && x.Metric == r.GetProperty("metric").GetString());
                Assert.Equal(row.Scores, r.GetProperty("scores").EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Null ? (double?)null : s.GetDouble()));
            }
            Assert.Equal(table.Rows.Count, t.GetProperty("rows").GetArrayLength());
        }
        var sources = SourceTitles();
        Assert.All(root.GetProperty("sources").EnumerateArray(), s =>
            Assert.Equal(sources[s.GetProperty("id").GetString()!], s.GetProperty("title").GetString()));
    }
}
