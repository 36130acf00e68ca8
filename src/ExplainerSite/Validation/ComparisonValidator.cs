using ExplainerSite.Citations;
using Pipework.Diagnostics;
using Pipework.Yaml;
using ExplainerSite.Model;

namespace ExplainerSite.Validation;

/// <summary>
/// A comparison may only name items of its collection (each once, at least two), attributes those items have
/// (each once), and known score tables; a chart is of a table on the page, of a numeric attribute, or a chart id. Every
/// problem is positioned. Items themselves are checked as references by <see cref="SiteDataValidator"/>.
/// </summary>
public static class ComparisonValidator
{
    public static void Validate(DataRecord comparison, CollectionDeclaration comparisons, SiteData data, List<Diagnostic> errors)
    {
        var file = comparison.File;
        var v = comparison.Values;
        var items = v.Refs(ComparisonFields.Items);
        Unique(items, "item", file, errors);
        if (items.Count < 2)
            errors.Add(ComparisonErrors.TooFewItems.At(file, comparison.Line, comparison.Column, items.Count));
        if (data.Declaration(v.Text(ComparisonFields.Collection)) is not { } collection) return;
        var attributes = Attributes.Of(data, collection);
        var ids = attributes.Select(a => a.Id).ToList();
        var rows = v.List(ComparisonFields.Rows).OfType<DataObject>().SelectMany(r => r.Refs(ComparisonFields.Attribute)).ToList();
        foreach (var row in rows.Where(r => !ids.Contains(r.Id, StringComparer.Ordinal)))
        {
            var best = YamlBinder.Suggest(row.Id, ids);
            errors.Add(SiteErrors.UnknownAttribute.At(file, row.Line, row.Column,
                row.Id, collection.Name, best is null ? "" : $"; did you mean '{best}'?", string.Join(", ", ids)));
        }
        Unique(rows, "attribute", file, errors);
        var tablesKey = comparisons.Tables ?? "tables";
        var tables = v.Refs(tablesKey);
        Unique(tables, comparisons.Type.FieldNamed(tablesKey)?.Type.Item?.To is { } to && data.Declaration(to) is { } t
            ? t.Type.Record ?? t.Name : "table", file, errors);
        var numeric = attributes.Where(a => a.Field.Type.IsNumeric).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var charts = data.WithRole(CollectionRole.Charts).SelectMany(d => data.RecordsOf(d.Name)).Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var chart in v.Refs(ComparisonFields.Charts).Where(c => !tables.Contains(c) && !numeric.Contains(c.Id)
                     && !charts.Contains(c.Id)))
            errors.Add(ComparisonErrors.ChartWithoutTable.At(file, chart.Line, chart.Column, chart.Id));
        SummaryValidator.Validate(comparison, comparisons, data, errors);
    }

    private static void Unique(IReadOnlyList<Ref> refs, string what, string file, List<Diagnostic> errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in refs)
            if (!seen.TryAdd(r.Id, r.Line)) errors.Add(ComparisonErrors.DuplicateEntry.At(file, r.Line, r.Column, what, r.Id, seen[r.Id]));
    }
}
