using System.Text.RegularExpressions;
using ExplainerSite.Citations;
using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Engine.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// A comparison may only name items of its collection (each once, at least two), attributes those items have
/// (each once), and known benchmark tables; a chart needs its table on the page. Every problem is positioned.
/// </summary>
public static partial class ComparisonValidator
{
    private static string ItemKind(ComparisonCollection c) => c switch
    {
        ComparisonCollection.Models => "model",
        ComparisonCollection.Policies => "policy option",
        _ => "stakeholder",
    };

    public static void Validate(string id, ComparisonDefinition comparison, SiteData data, List<Diagnostic> errors)
    {
        var file = DataFiles.ComparisonsFolder + id + ".yml";
        if (!KebabId().IsMatch(id)) errors.Add(ComparisonErrors.InvalidComparisonId.At(file, 1, 1, id));
        var collection = comparison.Collection.ToString().ToLowerInvariant();
        var items = Collections.Items(data, comparison.Collection).Select(i => i.Id).ToList();
        foreach (var item in comparison.Items)
            SiteDataValidator.References(item, ItemKind(comparison.Collection), items, file, errors);
        Unique(comparison.Items, "item", file, errors);
        if (comparison.Items.Count < 2)
            errors.Add(ComparisonErrors.TooFewItems.At(file, comparison.Line, comparison.Column, comparison.Items.Count));
        var attributes = Collections.Attributes(data, comparison.Collection);
        foreach (var row in comparison.Rows)
        {
            if (attributes.Contains(row.Attribute.Id, StringComparer.Ordinal)) continue;
            var best = YamlBinder.Suggest(row.Attribute.Id, attributes);
            errors.Add(SiteErrors.UnknownAttribute.At(file, row.Attribute.Line, row.Attribute.Column,
                row.Attribute.Id, collection, best is null ? "" : $"; did you mean '{best}'?", string.Join(", ", attributes)));
        }
        Unique([.. comparison.Rows.Select(r => r.Attribute)], "attribute", file, errors);
        var tables = data.Benchmarks.Select(b => b.Id).ToList();
        foreach (var table in comparison.Benchmarks)
            SiteDataValidator.References(table, "benchmark table", tables, file, errors);
        Unique(comparison.Benchmarks, "benchmark table", file, errors);
        foreach (var chart in comparison.Charts.Where(c => !comparison.Benchmarks.Contains(c)))
            errors.Add(ComparisonErrors.ChartWithoutTable.At(file, chart.Line, chart.Column, chart.Id));
    }

    private static void Unique(IReadOnlyList<Ref> refs, string what, string file, List<Diagnostic> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in refs)
            if (!seen.TryAdd(r.Id, r.Line)) errors.Add(ComparisonErrors.DuplicateEntry.At(file, r.Line, r.Column, what, r.Id, seen[r.Id]));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
