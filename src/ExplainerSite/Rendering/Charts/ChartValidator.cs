using ExplainerSite.Model;
using Pipework.Diagnostics;
using Pipework.Yaml;

namespace ExplainerSite.Rendering.Charts;

/// <summary>
/// The rules of a collection with <c>role: charts</c>: its declaration has the common fields and every key each kind
/// reads, its kinds are built in; each chart sets only keys its kind reads, all those it needs, and then passes its
/// kind's own checks. Field names, references and sources are checked before, like any declared value.
/// </summary>
public static class ChartValidator
{
    private const string File = DeclarationReader.FileName;

    /// <summary>Every charts collection's declaration, then (when it is sound) each of its charts.</summary>
    public static List<Diagnostic> ValidateAll(SiteData data)
    {
        var errors = new List<Diagnostic>();
        foreach (var charts in data.WithRole(CollectionRole.Charts))
            if (CheckDeclaration(charts, errors))
                foreach (var record in data.RecordsOf(charts.Name)) Validate(record, data, errors);
        return errors;
    }

    /// <summary>Checks the declaration of a charts collection; false when charts of it cannot be checked further.</summary>
    public static bool CheckDeclaration(CollectionDeclaration charts, List<Diagnostic> errors)
    {
        var before = errors.Count;
        foreach (var name in ChartFields.Required.Where(n => charts.Type.FieldNamed(n) is null))
            errors.Add(ChartErrors.MissingChartField.At(File, charts.Line, charts.Column, charts.Name, name,
                string.Join(", ", ChartFields.Required)));
        if (charts.Type.FieldNamed(ChartFields.Kind)?.Type is { Kind: FieldKind.Enum } kind)
        {
            foreach (var (value, _) in kind.Values.Where(v => ChartKinds.Find(v.Key) is null))
                errors.Add(ChartErrors.KindWithoutRenderer.At(File, kind.Line, kind.Column, value,
                    YamlBinder.Suggest(value, ChartKinds.Names) is { } best ? $"; did you mean '{best}'?" : "",
                    string.Join(", ", ChartKinds.Names)));
            foreach (var k in kind.Values.Select(v => ChartKinds.Find(v.Key)).OfType<IChartKind>())
                foreach (var m in k.Mappings.Where(m => charts.Type.FieldNamed(m.Key) is null))
                    errors.Add(ChartErrors.MappingNotDeclared.At(File, charts.Line, charts.Column, k.Name, m.Key,
                        charts.Name, "{ type: field, to: \"@from\", optional: true }"));
        }
        return errors.Count == before;
    }

    public static void Validate(DataRecord record, SiteData data, List<Diagnostic> errors)
    {
        var v = record.Values;
        if (ChartKinds.Find(v.Text(ChartFields.Kind)) is not { } kind) return;   // a bad enum value: reported already
        if (data.Declaration(v.Text(ChartFields.From)) is not { } from) return;  // an unknown collection: reported
        var before = errors.Count;
        var chart = new Chart(record, from);
        var reads = kind.Mappings.Select(m => m.Key).ToList();
        foreach (var field in v.Type.Fields.Where(f => !ChartFields.Common.Contains(f.Name) && !reads.Contains(f.Name)))
            if (v[field.Name] is not (null or IReadOnlyList<object?> { Count: 0 }))
                errors.Add(chart.At(ChartErrors.UnusedMapping, field.Name, kind.Name, field.Name,
                    reads.Count == 0 ? "nothing else" : string.Join(", ", reads)));
        foreach (var m in kind.Mappings.Where(m => m.Required && v[m.Key] is null))
            errors.Add(ChartErrors.MissingMapping.At(record.File, record.Line, record.Column, record.Id, kind.Name,
                m.Key, m.What));
        // A kind's own checks skip what is already reported (a field name that names no field, an unknown record).
        if (errors.Count == before) kind.Validate(chart, data, errors);
    }

    /// <summary>ES2505 unless the field at <paramref name="key"/> is of a kind <paramref name="accepts"/>.</summary>
    public static FieldType? FieldOf(Chart chart, string key, string needs, Func<FieldType, bool> accepts,
        List<Diagnostic> errors)
    {
        if (chart.Text(key) is not { } path || FieldPaths.Resolve(chart.From.Type, path) is not { } type) return null;
        if (accepts(type)) return type;
        errors.Add(chart.At(ChartErrors.WrongFieldType, key, path, chart.From.Name, "a " + type.Kind.ToString()
            .ToLowerInvariant() + " field", key, chart.Kind, needs));
        return null;
    }
}
