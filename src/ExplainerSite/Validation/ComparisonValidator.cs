using ExplainerSite.Citations;
using ExplainerSite.Engine.Diagnostics;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>A comparison may only name items of its collection, attributes those items have, and known tables.</summary>
public static class ComparisonValidator
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
        var collection = comparison.Collection.ToString().ToLowerInvariant();
        var items = Collections.Items(data, comparison.Collection).Select(i => i.Id).ToList();
        foreach (var item in comparison.Items)
            SiteDataValidator.References(item, ItemKind(comparison.Collection), items, file, errors);
        var attributes = Collections.Attributes(data, comparison.Collection);
        foreach (var row in comparison.Rows)
        {
            if (attributes.Contains(row.Attribute.Id, StringComparer.Ordinal)) continue;
            var best = Engine.Yaml.YamlBinder.Suggest(row.Attribute.Id, attributes);
            errors.Add(SiteErrors.UnknownAttribute.At(file, row.Attribute.Line, row.Attribute.Column,
                row.Attribute.Id, collection, best is null ? "" : $"; did you mean '{best}'?", string.Join(", ", attributes)));
        }
        var tables = data.Benchmarks.Select(b => b.Id).ToList();
        foreach (var table in comparison.Benchmarks)
            SiteDataValidator.References(table, "benchmark table", tables, file, errors);
    }
}
