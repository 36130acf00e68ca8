using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExplainerSite.Engine.Yaml;
using ExplainerSite.Model;
using ExplainerSite.Tests.TestSupport;

namespace ExplainerSite.Tests.Comparisons;

/// <summary>
/// What the comparison tests share: the data files bound with the real binder (never copied into a test),
/// rendered pages parsed with AngleSharp, the sources a cell cites, and a strict RFC 4180 reader.
/// </summary>
internal static partial class ComparisonTestKit
{
    public static T Bind<T>(string root, string relativePath) where T : class =>
        YamlBinder.Shared.Bind<T>(File.ReadAllText(Path.Combine(root, relativePath)), relativePath);

    public static T Data<T>(string relativePath) where T : class => Bind<T>(RepoPaths.Input, relativePath);

    /// <summary>Every comparison definition of the real site, by id (its file name).</summary>
    public static IReadOnlyDictionary<string, ComparisonDefinition> Definitions(string inputRoot) =>
        Directory.EnumerateFiles(Path.Combine(inputRoot, "comparisons"), "*.yml")
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Bind<ComparisonDefinition>(inputRoot, "comparisons/" + Path.GetFileName(f)));

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static async Task<IDocument> PageAsync(string output, string url) =>
        Parse(await File.ReadAllTextAsync(Path.Combine(output, url.Trim('/'), "index.html")));

    /// <summary>The records of a collection by id, as bound from the data files of <paramref name="inputRoot"/>.</summary>
    public static IReadOnlyDictionary<string, object> Records(string inputRoot, ComparisonCollection collection) => collection switch
    {
        ComparisonCollection.Models => Bind<List<AiModel>>(inputRoot, "models.yml").ToDictionary(m => m.Id, m => (object)m),
        ComparisonCollection.Policies => Bind<List<PolicyOption>>(inputRoot, "policies.yml").ToDictionary(p => p.Id, p => (object)p),
        _ => Bind<List<Stakeholder>>(inputRoot, "stakeholders.yml").ToDictionary(s => s.Id, s => (object)s),
    };

    /// <summary>What the data says for one record and attribute, looked up here rather than through the site's code.</summary>
    public sealed record Expected(string? Value, string? Note, string? AsOf, string? Quote, bool NotDisclosed, bool Missing, IReadOnlyList<string> Sources);

    public static Expected Lookup(object record, string attribute)
    {
        if (attribute.StartsWith("positions.", StringComparison.Ordinal))
        {
            var p = ((Stakeholder)record).Positions.FirstOrDefault(p => p.Question.Id == attribute["positions.".Length..]);
            return p is null
                ? new Expected(null, null, null, null, false, true, [])
                : new Expected(p.Stance, null, null, p.Quote, false, false, [.. p.Sources.Select(s => s.Id)]);
        }
        var property = record.GetType().GetProperty(char.ToUpperInvariant(attribute[0]) + attribute[1..])
            ?? throw new InvalidOperationException($"{record.GetType().Name} has no '{attribute}'");
        var f = (Fact)property.GetValue(record)!;
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
