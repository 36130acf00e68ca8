using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;
using ExplainerSite.Validation;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// What the comparison tests share: the data files bound with the real binder (never copied into a test),
/// rendered pages parsed with AngleSharp, the sources a cell cites, and a strict RFC 4180 reader.
/// </summary>
internal static partial class ComparisonTestKit
{
    /// <summary>The records of a declared collection of the site at <paramref name="root"/>, bound by the real declarations and binder.</summary>
    public static IReadOnlyList<DataRecord> Collection(string root, string name)
    {
        var errors = new List<Diagnostic>();
        var declarations = DeclarationReader.Read(File.ReadAllText(Path.Combine(root, DeclarationReader.FileName)), DeclarationReader.FileName, errors);
        var d = declarations.Single(x => x.Name == name);
        var files = d.File is not null
            ? [d.File]
            : Directory.EnumerateFiles(Path.Combine(root, d.Folder!), "*.yml").Order(StringComparer.Ordinal).Select(f => d.Folder + "/" + Path.GetFileName(f)).ToList();
        var records = files.SelectMany(f => RecordBinder.Bind(d, File.ReadAllText(Path.Combine(root, f)), f, errors)).ToList();
        Assert.Empty(errors);
        return records;
    }

    /// <summary>Every comparison definition of a site, by id (its file name).</summary>
    public static IReadOnlyDictionary<string, TestComparison> Definitions(string inputRoot) =>
        Collection(inputRoot, "comparisons").ToDictionary(r => r.Id, r => TestComparison.From(r.Values));

    public static IReadOnlyList<TestTable> Tables() => [.. Collection(RepoPaths.Input, "benchmarks").Select(r => TestTable.From(r.Values))];

    public static IReadOnlyDictionary<string, string> SourceTitles() =>
        Collection(RepoPaths.Input, "sources").ToDictionary(s => s.Id, s => s.Values.Text("title")!);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IDocument> PageAsync(string output, string url) =>
        Parse(await File.ReadAllTextAsync(Path.Combine(output, url.Trim('/'), "index.html")));

    /// <summary>The records of a collection by id, as bound from the data files of <paramref name="inputRoot"/>.</summary>
    public static IReadOnlyDictionary<string, DataRecord> Records(string inputRoot, string collection) =>
        Collection(inputRoot, collection).ToDictionary(r => r.Id);

    /// <summary>What the data says for one record and attribute, looked up here rather than through the site's code.</summary>
    public sealed record Expected(string? Value, string? Note, string? AsOf, string? Quote, bool NotDisclosed, bool Missing, IReadOnlyList<string> Sources);

    public static Expected Lookup(DataRecord record, string attribute)
    {
        if (attribute.StartsWith("positions.", StringComparison.Ordinal))
        {
            var p = record.Values.List("positions").OfType<DataObject>()
                .FirstOrDefault(p => p.Refs("question")[0].Id == attribute["positions.".Length..]);
            return p is null
                ? new Expected(null, null, null, null, false, true, [])
                : new Expected(p.Text("stance"), null, null, p.Text("quote"), false, false, [.. p.Refs("sources").Select(s => s.Id)]);
        }
        var f = record.Values[attribute] as Fact ?? throw new InvalidOperationException($"{record.Id} has no fact '{attribute}'");
        return new Expected(f.Value, f.Note, f.AsOf, null, f.NotDisclosed, false, [.. f.Sources.Select(s => s.Id)]);
    }

    /// <summary>The source ids an element cites, resolved through the page's numbered reference list to /sources/#ID.</summary>
    public static List<string> CitedSources(IElement element, IDocument page) =>
        [.. element.QuerySelectorAll("sup.cite button").Select(b =>
        {
            var reference = page.QuerySelector("#ref-" + CitationNumber(b))
                ?? throw new Xunit.Sdk.XunitException($"citation {b.Id} has no entry in the reference list");
            var link = reference.QuerySelector("a.source-entry")!.GetAttribute("href")!;
            return link["/sources/#".Length..];
        })];

    /// <summary>A citation button's reference number, read from the preview it opens (<c>cite-preview-N</c>).</summary>
    public static int CitationNumber(IElement button)
    {
        var target = button.GetAttribute("popovertarget")!;
        Assert.StartsWith("cite-preview-", target);
        return int.Parse(target["cite-preview-".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An element's visible text without citation numbers, small-screen labels and screen-reader-only text.</summary>
    public static string VisibleText(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var e in copy.QuerySelectorAll("sup.cite, .cell-label, .visually-hidden").ToList()) e.Remove();
        return Whitespace().Replace(copy.TextContent, " ").Trim();
    }

    /// <summary>Every number written in a text (thousands separators kept), e.g. "2,048", "5.576", "37".</summary>
    public static IEnumerable<string> Numbers(string text) => NumberPattern().Matches(text).Select(m => m.Value);

    /// <summary>Reads CSV strictly by RFC 4180 (quoted fields, doubled quotes), records ended by '\n'.</summary>
    public static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, $"a quote inside an unquoted field at offset {i}");
                quoted = true;
            }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else field.Append(c);
        }
        Assert.False(quoted, "the file ends inside a quoted field");
        Assert.True(field.Length == 0 && record.Count == 0, "the last record must end with a line break");
        return records;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();
}

/// <summary>A comparison's fields as the tests read them (test-side names, built from the bound record).</summary>
internal sealed record TestComparison(string Title, string Collection, IReadOnlyList<Ref> Items, IReadOnlyList<TestComparisonRow> Rows,
    bool ItemsAsRows, string? Intro, IReadOnlyList<Ref> Benchmarks, IReadOnlyList<TestCaveat> Caveats)
{
    public static TestComparison From(DataObject v) => new(v.Text("title")!, v.Text("collection")!, v.Refs("items"),
        [.. v.List("rows").OfType<DataObject>().Select(r => new TestComparisonRow(r.Refs("attribute")[0], r.Text("label")))],
        v.Text("itemsAs") == "rows", v.Text("intro"), v.Refs("benchmarks"),
        [.. v.List("caveats").OfType<DataObject>().Select(c => new TestCaveat(c.Text("text")!, c.Refs("sources")))]);
}

internal sealed record TestComparisonRow(Ref Attribute, string? Label);

internal sealed record TestCaveat(string Text, IReadOnlyList<Ref> Sources);

/// <summary>A group of benchmark rows, ordered as declared (the order readers see).</summary>
internal readonly record struct TestGroup(int Order, string Id) : IComparable<TestGroup>
{
    public int CompareTo(TestGroup other) => Order.CompareTo(other.Order);
    public override string ToString() => Id;
}

internal sealed record TestRow(TestGroup Group, string Benchmark, string Metric, IReadOnlyList<double?> Scores, string Unit);

internal sealed record TestTable(string Id, string Title, Ref Source, IReadOnlyList<Ref> Columns, IReadOnlyList<string> ColumnLabels, IReadOnlyList<TestRow> Rows)
{
    private static readonly string[] GroupOrder = ["knowledge", "reasoning", "code", "math", "chinese", "multimodal", "agentic"];

    public static TestTable From(DataObject v) => new(v.Text("id")!, v.Text("title")!, v.Refs("source")[0], v.Refs("columns"),
        [.. v.List("columnLabels").Cast<string>()],
        [.. v.List("rows").OfType<DataObject>().Select(r => new TestRow(
            new TestGroup(Array.IndexOf(GroupOrder, r.Text("group")), r.Text("group")!), r.Text("benchmark")!, r.Text("metric")!,
            [.. r.List("scores").Select(s => s as double?)], r.Text("unit") ?? ""))]);
}
